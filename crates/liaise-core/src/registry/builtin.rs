//! The bodies liaise knows from the start, named as `NAMING.md` prescribes.
//!
//! Families with many members (study groups, JTC 1 subcommittees, 3GPP working groups) are
//! generated from tables of numbers and titles; the name key does the rest of the spelling work,
//! so aliases below are real abbreviations only.

use super::{BodyKind, slugify};

/// A built-in body: its canonical name, titles and aliases; `parent` is the parent's slug.
#[derive(Debug, Clone)]
pub struct BodyDef {
    pub slug: String,
    pub canonical: String,
    pub full_name: Option<String>,
    pub kind: BodyKind,
    pub parent: Option<String>,
    pub aliases: Vec<String>,
    pub note: Option<String>,
}

struct Defs(Vec<BodyDef>);

impl Defs {
    fn add(
        &mut self,
        canonical: &str,
        kind: BodyKind,
        parent: Option<&str>,
        full: Option<&str>,
        aliases: &[&str],
    ) -> &mut BodyDef {
        self.0.push(BodyDef {
            slug: slugify(canonical),
            canonical: canonical.to_string(),
            full_name: full.map(str::to_string),
            kind,
            parent: parent.map(slugify),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            note: None,
        });
        let last = self.0.len() - 1;
        &mut self.0[last]
    }
}

const ITU_T_SGS: &[(u32, &str, Option<&str>)] = &[
    (2, "Operational aspects of service provision and telecommunication management", None),
    (3, "Economic and policy issues", None),
    (5, "Environment, climate change and circular economy", None),
    (9, "Broadband cable and TV", Some("Study period 2022-2024; its work moved to ITU-T SG21 at WTSA-24.")),
    (11, "Protocols, testing specifications and combating counterfeiting", None),
    (12, "Performance, quality of service and quality of experience", None),
    (13, "Future networks and emerging network technologies", None),
    (15, "Networks, technologies and infrastructures for transport, access and home", None),
    (
        16,
        "Multimedia and digital technologies",
        Some("Study period 2022-2024; its work moved to ITU-T SG21 at WTSA-24."),
    ),
    (17, "Security", None),
    (20, "Internet of things, digital twins and smart sustainable cities and communities", None),
    (
        21,
        "Multimedia, content delivery and cable television",
        Some("Created by WTSA-24 for the 2025-2028 study period."),
    ),
];

const ITU_R_SGS: &[(u32, &str)] = &[
    (1, "Spectrum management"),
    (3, "Radiowave propagation"),
    (4, "Satellite services"),
    (5, "Terrestrial services"),
    (6, "Broadcasting service"),
    (7, "Science services"),
];

const ITU_R_WPS: &[&str] = &[
    "1A", "1B", "1C", "3J", "3K", "3L", "3M", "4A", "4B", "4C", "5A", "5B", "5C", "5D", "6A", "6B", "6C", "7A", "7B",
    "7C", "7D",
];

const ITU_D_SGS: &[(u32, &str)] =
    &[(1, "Enabling environment for meaningful connectivity"), (2, "Digital transformation")];

const JTC1_SCS: &[(u32, &str)] = &[
    (2, "Coded character sets"),
    (6, "Telecommunications and information exchange between systems"),
    (7, "Software and systems engineering"),
    (17, "Cards and security devices for personal identification"),
    (22, "Programming languages, their environments and system software interfaces"),
    (23, "Digital storage media for information interchange"),
    (24, "Computer graphics, image processing and environmental data representation"),
    (25, "Interconnection of information technology equipment"),
    (27, "Information security, cybersecurity and privacy protection"),
    (28, "Office equipment"),
    (29, "Coding of audio, picture, multimedia and hypermedia information"),
    (31, "Automatic identification and data capture techniques"),
    (32, "Data management and interchange"),
    (34, "Document description and processing languages"),
    (35, "User interfaces"),
    (36, "Information technology for learning, education and training"),
    (37, "Biometrics"),
    (38, "Cloud computing and distributed platforms"),
    (39, "Sustainability, IT and data centres"),
    (40, "IT service management and IT governance"),
    (41, "Internet of things and digital twin"),
    (42, "Artificial intelligence"),
    (43, "Brain-computer interfaces"),
    (44, "Consumer protection in the field of privacy by design"),
];

const ISO_TCS: &[(u32, &str)] = &[
    (68, "Financial services"),
    (69, "Applications of statistical methods"),
    (133, "Clothing sizing systems - size designation, size measurement methods and digital fittings"),
    (184, "Automation systems and integration"),
    (307, "Blockchain and distributed ledger technologies"),
];

const IEC_TCS: &[(u32, &str)] = &[
    (57, "Power systems management and associated information exchange"),
    (65, "Industrial-process measurement, control and automation"),
    (79, "Alarm and electronic security systems"),
    (85, "Measuring equipment for electrical and electromagnetic quantities"),
    (100, "Audio, video and multimedia systems and equipment"),
];

const TGPP_WGS: &[(&str, u32, &str)] = &[
    ("RAN", 1, "Radio layer 1"),
    ("RAN", 2, "Radio layer 2 and radio layer 3 radio resource control"),
    ("RAN", 3, "Radio access network architecture and interfaces"),
    ("RAN", 4, "Radio performance and protocol aspects"),
    ("RAN", 5, "Mobile terminal conformance testing"),
    ("SA", 1, "Services"),
    ("SA", 2, "System architecture and services"),
    ("SA", 3, "Security and privacy"),
    ("SA", 4, "Multimedia codecs, systems and services"),
    ("SA", 5, "Management, orchestration and charging"),
    ("SA", 6, "Application enablement and critical communication applications"),
    ("CT", 1, "User equipment to core network protocols"),
    ("CT", 3, "Interworking with external networks and policy and charging control"),
    ("CT", 4, "Core network protocols"),
    ("CT", 6, "Smart card application aspects"),
];

/// Every built-in body, parents before children.
pub fn builtin_bodies() -> Vec<BodyDef> {
    use BodyKind::*;
    let mut d = Defs(Vec::new());

    // ITU and its sectors.
    d.add("ITU", Organization, None, Some("International Telecommunication Union"), &[]);
    d.add(
        "ITU-T",
        Sector,
        Some("ITU"),
        Some("ITU Telecommunication Standardization Sector"),
        &["Telecommunication Standardization Sector"],
    );
    d.add("ITU-R", Sector, Some("ITU"), Some("ITU Radiocommunication Sector"), &["Radiocommunication Sector"]);
    d.add(
        "ITU-D",
        Sector,
        Some("ITU"),
        Some("ITU Telecommunication Development Sector"),
        &["Telecommunication Development Sector"],
    );
    for &(n, title, note) in ITU_T_SGS {
        let def = d.add(
            &format!("ITU-T SG{n}"),
            StudyGroup,
            Some("ITU-T"),
            Some(&format!("ITU-T Study Group {n}: {title}")),
            &[],
        );
        def.note = note.map(str::to_string);
    }
    d.add(
        "ITU-T TSAG",
        AdvisoryGroup,
        Some("ITU-T"),
        Some("Telecommunication Standardization Advisory Group"),
        &["TSAG"],
    );
    d.add(
        "ITU-T FG-MV",
        FocusGroup,
        Some("ITU-T"),
        Some("ITU-T Focus Group on metaverse"),
        &["FG-MV", "FG MV", "Focus Group on metaverse"],
    );
    for &(n, title) in ITU_R_SGS {
        d.add(
            &format!("ITU-R SG{n}"),
            StudyGroup,
            Some("ITU-R"),
            Some(&format!("ITU-R Study Group {n}: {title}")),
            &[],
        );
    }
    for wp in ITU_R_WPS {
        let sg = &wp[..1];
        d.add(
            &format!("ITU-R WP {wp}"),
            WorkingParty,
            Some(&format!("ITU-R SG{sg}")),
            Some(&format!("ITU-R Working Party {wp}")),
            &[&format!("WP {wp}")],
        );
    }
    d.add("ITU-R RAG", AdvisoryGroup, Some("ITU-R"), Some("Radiocommunication Advisory Group"), &[]);
    for &(n, title) in ITU_D_SGS {
        d.add(
            &format!("ITU-D SG{n}"),
            StudyGroup,
            Some("ITU-D"),
            Some(&format!("ITU-D Study Group {n}: {title}")),
            &[],
        );
    }
    d.add("ITU-D TDAG", AdvisoryGroup, Some("ITU-D"), Some("Telecommunication Development Advisory Group"), &["TDAG"]);
    d.add(
        "ITU IRG-AVA",
        IntersectorGroup,
        Some("ITU"),
        Some("Intersector Rapporteur Group on Audiovisual Media Accessibility"),
        &["IRG-AVA"],
    );

    // ISO, IEC and their joint committee.
    d.add("ISO", Organization, None, Some("International Organization for Standardization"), &[]);
    d.add("IEC", Organization, None, Some("International Electrotechnical Commission"), &[]);
    d.add(
        "ISO/IEC JTC 1",
        JointCommittee,
        Some("ISO"),
        Some("ISO/IEC Joint Technical Committee 1: Information technology"),
        &["JTC 1", "JTC1"],
    );
    for &(n, title) in JTC1_SCS {
        d.add(
            &format!("ISO/IEC JTC 1/SC {n}"),
            Subcommittee,
            Some("ISO/IEC JTC 1"),
            Some(&format!("ISO/IEC JTC 1/SC {n}: {title}")),
            &[&format!("JTC 1/SC {n}")],
        );
    }
    for &(n, title) in ISO_TCS {
        d.add(&format!("ISO/TC {n}"), TechnicalCommittee, Some("ISO"), Some(&format!("ISO/TC {n}: {title}")), &[]);
    }
    for &(n, title) in IEC_TCS {
        d.add(&format!("IEC TC {n}"), TechnicalCommittee, Some("IEC"), Some(&format!("IEC TC {n}: {title}")), &[]);
    }
    d.add("IEC SEG 15", EvaluationGroup, Some("IEC"), Some("IEC Standardization Evaluation Group 15: Metaverse"), &[]);

    // 3GPP.
    d.add("3GPP", Organization, None, Some("3rd Generation Partnership Project"), &[]);
    for tsg in ["RAN", "SA", "CT"] {
        d.add(
            &format!("3GPP TSG {tsg}"),
            SpecificationGroup,
            Some("3GPP"),
            None,
            &[&format!("TSG {tsg}"), &format!("3GPP {tsg} plenary")],
        );
    }
    for &(tsg, n, title) in TGPP_WGS {
        let name = format!("3GPP {tsg}{n}");
        let aliases = [
            format!("{tsg}{n}"),
            format!("{tsg} WG{n}"),
            format!("TSG {tsg} WG{n}"),
            format!("3GPP TSG {tsg} WG{n}"),
            format!("3GPP {tsg} WG{n}"),
        ];
        let aliases: Vec<&str> = aliases.iter().map(String::as_str).collect();
        d.add(
            &name,
            WorkingGroup,
            Some(&format!("3GPP TSG {tsg}")),
            Some(&format!("3GPP TSG {tsg} WG{n}: {title}")),
            &aliases,
        );
    }

    // ETSI.
    d.add("ETSI", Organization, None, Some("European Telecommunications Standards Institute"), &[]);
    d.add(
        "ETSI ISG ARF",
        IndustryGroup,
        Some("ETSI"),
        Some("ETSI Industry Specification Group Augmented Reality Framework"),
        &["ETSI ARF", "ISG ARF"],
    );
    d.add(
        "ETSI TC CYBER",
        TechnicalCommittee,
        Some("ETSI"),
        Some("ETSI Technical Committee Cyber Security"),
        &["ETSI CYBER", "TC CYBER"],
    );

    // The Internet's bodies.
    d.add("IETF", Organization, None, Some("Internet Engineering Task Force"), &[]);
    d.add("IAB", Organization, None, Some("Internet Architecture Board"), &[]);
    d.add("IESG", Committee, Some("IETF"), Some("Internet Engineering Steering Group"), &[]);
    d.add("IRTF", Organization, None, Some("Internet Research Task Force"), &[]);
    d.add("W3C", Organization, None, Some("World Wide Web Consortium"), &[]);
    d.add(
        "W3C OMI",
        Forum,
        Some("W3C"),
        Some("W3C Open Metaverse Interoperability Community Group"),
        &["OMI", "OMI Group"],
    );
    d.add("W3C Immersive Web WG", WorkingGroup, Some("W3C"), Some("W3C Immersive Web Working Group"), &[]);
    d.add(
        "W3C APA",
        WorkingGroup,
        Some("W3C"),
        Some("W3C Accessible Platform Architectures Working Group"),
        &["W3C APA WG"],
    );
    d.add(
        "W3C AG",
        WorkingGroup,
        Some("W3C"),
        Some("W3C Accessibility Guidelines Working Group"),
        &["W3C AGWG", "W3C AG WG"],
    );
    d.add("W3C DID", WorkingGroup, Some("W3C"), Some("W3C Decentralized Identifier Working Group"), &["W3C DID WG"]);
    d.add(
        "W3C VC",
        WorkingGroup,
        Some("W3C"),
        Some("W3C Verifiable Credentials Working Group"),
        &["W3C VCWG", "W3C VC WG"],
    );
    d.add("IEEE SA", Organization, None, Some("IEEE Standards Association"), &["IEEE", "IEEE-SA"]);
    d.add("IEEE SA MSC", Committee, Some("IEEE SA"), Some("IEEE Metaverse Standards Committee"), &["IEEE MSC"]);

    // Forums and consortia.
    d.add("IPv6 Forum", Forum, None, None, &[]);
    d.add("Broadband Forum", Forum, None, None, &["BBF"]);
    d.add("TM Forum", Forum, None, None, &["TMF"]);
    d.add("INATBA", Forum, None, Some("International Association for Trusted Blockchain Applications"), &[]);
    d.add("World Metaverse Council", Forum, None, None, &["WMC"]);
    d.add("Metaverse Standards Forum", Forum, None, None, &["MSF"]);
    d.add("Open Metaverse Foundation", Forum, None, None, &["OMF"]);
    d.add("Digital Twin Consortium", Forum, None, None, &["DTC"]);
    d.add("VRM Consortium", Forum, None, None, &["VRM"]);
    d.add("IOWN Global Forum", Forum, None, None, &["IOWN GF", "IOWN"]);
    d.add("Khronos Group", Forum, None, None, &["Khronos"]);
    d.add("Open Geospatial Consortium", Forum, None, None, &["OGC"]);
    d.add("GSMA", Forum, None, Some("GSM Association"), &[]);
    d.0
}
