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
    fn set_alias_last(&mut self, alias: &str) {
        if let Some(last) = self.0.last_mut() {
            last.aliases.push(alias.to_string());
        }
    }

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
    (4, "Telecommunication management", Some("Study period 2005-2008; its work moved to ITU-T SG2.")),
    (
        6,
        "Outside plant and related indoor installations",
        Some("Study period 2005-2008; its work moved to ITU-T SG15."),
    ),
    (19, "Mobile telecommunication networks", Some("Study period 2001-2008; its work moved to ITU-T SG13.")),
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
    (8, "Mobile, radiodetermination, amateur and related satellite services (until 2007)"),
    (9, "Fixed service (until 2007)"),
];

const ITU_R_WPS: &[&str] = &[
    "1A", "1B", "1C", "3J", "3K", "3L", "3M", "4A", "4B", "4C", "5A", "5B", "5C", "5D", "6A", "6B", "6C", "7A", "7B",
    "7C", "7D", "8A", "8B", "8D", "8F", "9A", "9B", "9C", "9D",
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

/// The IETF's areas: acronym and name.
const IETF_AREAS: &[(&str, &str)] = &[
    ("art", "Applications and Real-Time"),
    ("gen", "General"),
    ("int", "Internet"),
    ("ops", "Operations and Management"),
    ("rtg", "Routing"),
    ("sec", "Security"),
    ("tsv", "Transport"),
    ("wit", "Web and Internet Transport"),
];

/// IETF working groups that liaison statements to and from other bodies name: acronym, name,
/// area. Closed groups stay, since old statements name them.
const IETF_WGS: &[(&str, &str, &str)] = &[
    ("6man", "IPv6 Maintenance", "int"),
    ("ace", "Authentication and Authorization for Constrained Environments", "sec"),
    ("acme", "Automated Certificate Management Environment", "sec"),
    ("alto", "Application-Layer Traffic Optimization", "wit"),
    ("anima", "Autonomic Networking Integrated Model and Approach", "ops"),
    ("avtcore", "Audio/Video Transport Core Maintenance", "wit"),
    ("bess", "BGP Enabled ServiceS", "rtg"),
    ("bier", "Bit Indexed Explicit Replication", "rtg"),
    ("bmwg", "Benchmarking Methodology", "ops"),
    ("cats", "Computing-Aware Traffic Steering", "rtg"),
    ("ccamp", "Common Control and Measurement Plane", "rtg"),
    ("core", "Constrained RESTful Environments", "wit"),
    ("detnet", "Deterministic Networking", "rtg"),
    ("dmm", "Distributed Mobility Management", "int"),
    ("dnsop", "Domain Name System Operations", "ops"),
    ("emu", "EAP Method Update", "sec"),
    ("grow", "Global Routing Operations", "ops"),
    ("httpbis", "HTTP", "wit"),
    ("idr", "Inter-Domain Routing", "rtg"),
    ("ippm", "IP Performance Measurement", "tsv"),
    ("ivy", "Network Inventory YANG", "ops"),
    ("lamps", "Limited Additional Mechanisms for PKIX and SMIME", "sec"),
    ("lsr", "Link State Routing", "rtg"),
    ("masque", "Multiplexed Application Substrate over QUIC Encryption", "wit"),
    ("mmusic", "Multiparty Multimedia Session Control", "art"),
    ("moq", "Media Over QUIC", "wit"),
    ("mpls", "Multiprotocol Label Switching", "rtg"),
    ("netconf", "Network Configuration", "ops"),
    ("netmod", "Network Modeling", "ops"),
    ("nmop", "Network Management Operations", "ops"),
    ("ntp", "Network Time Protocols", "int"),
    ("nvo3", "Network Virtualization Overlays", "rtg"),
    ("opsawg", "Operations and Management Area Working Group", "ops"),
    ("pals", "Pseudowire And LDP-enabled Services", "rtg"),
    ("pce", "Path Computation Element", "rtg"),
    ("quic", "QUIC", "wit"),
    ("raw", "Reliable and Available Wireless", "rtg"),
    ("rtgwg", "Routing Area Working Group", "rtg"),
    ("sipcore", "Session Initiation Protocol Core", "art"),
    ("spring", "Source Packet Routing in Networking", "rtg"),
    ("teas", "Traffic Engineering Architecture and Signaling", "rtg"),
    ("tictoc", "Timing over IP Connection and Transfer of Clock", "int"),
    ("tls", "Transport Layer Security", "sec"),
    ("tsvwg", "Transport and Services Working Group", "tsv"),
    ("v6ops", "IPv6 Operations", "ops"),
];

/// IETF acronyms that are also English words: in a recipient list "core" or "raw" is more
/// likely a word than a working group, so only "IETF CORE", "CORE WG" and the like name them.
const ENGLISH_ACRONYMS: &[&str] = &["ace", "acme", "core", "emu", "grow", "ivy", "raw", "spring"];

/// The working groups of IEEE 802: number and subject.
const IEEE_802_WGS: &[(u32, &str)] = &[
    (1, "Higher Layer LAN Protocols"),
    (3, "Ethernet"),
    (11, "Wireless LAN"),
    (15, "Wireless Specialty Networks"),
    (16, "Broadband Wireless Access"),
    (18, "Radio Regulatory Technical Advisory Group"),
    (19, "Wireless Coexistence"),
    (21, "Media Independent Handover Services"),
    (22, "Wireless Regional Area Networks"),
    (24, "Vertical Applications Technical Advisory Group"),
];

/// ETSI Industry Specification Groups: acronym as ETSI writes it, and name.
const ETSI_ISGS: &[(&str, &str)] = &[
    ("NGP", "Next Generation Protocols"),
    ("NFV", "Network Functions Virtualisation"),
    ("MEC", "Multi-access Edge Computing"),
    ("ZSM", "Zero-touch network and Service Management"),
    ("F5G", "Fifth Generation Fixed Network"),
    ("ENI", "Experiential Networked Intelligence"),
    ("SAI", "Securing Artificial Intelligence"),
    ("QKD", "Quantum Key Distribution"),
    ("THz", "Terahertz"),
    ("RIS", "Reconfigurable Intelligent Surfaces"),
    ("ISAC", "Integrated Sensing And Communications"),
    ("mWT", "millimetre Wave Transmission"),
    ("CIM", "cross-cutting Context Information Management"),
];

/// ETSI Technical Committees: acronym as ETSI writes it, and name.
const ETSI_TCS: &[(&str, &str)] = &[
    ("BRAN", "Broadband Radio Access Networks"),
    ("SmartM2M", "Smart Machine-to-Machine communications"),
    ("ATTM", "Access, Terminals, Transmission and Multiplexing"),
    ("EE", "Environmental Engineering"),
    ("ITS", "Intelligent Transport Systems"),
    ("SES", "Satellite Earth Stations and Systems"),
    ("ERM", "EMC and Radio spectrum Matters"),
    ("MTS", "Methods for Testing and Specification"),
    ("DECT", "Digital Enhanced Cordless Telecommunications"),
    ("ESI", "Electronic Signatures and Infrastructures"),
    ("SET", "Secure Element Technologies"),
    ("HF", "Human Factors"),
];

/// Forums, consortia and other standards organizations: canonical name, full name, aliases.
type ForumDef = (&'static str, Option<&'static str>, &'static [&'static str]);
const FORUMS: &[ForumDef] = &[
    ("CCSA", Some("China Communications Standards Association"), &[]),
    ("TTA", Some("Telecommunications Technology Association"), &[]),
    ("TIA", Some("Telecommunications Industry Association"), &[]),
    ("ARIB", Some("Association of Radio Industries and Businesses"), &[]),
    ("TTC", Some("Telecommunication Technology Committee"), &[]),
    ("ATIS", Some("Alliance for Telecommunications Industry Solutions"), &[]),
    ("TSDSI", Some("Telecommunications Standards Development Society, India"), &[]),
    ("Ecma International", None, &["ECMA", "ECMA International"]),
    ("MEF", Some("MEF Forum"), &["Metro Ethernet Forum"]),
    ("oneM2M", None, &["one M2M"]),
    ("O-RAN Alliance", None, &["O-RAN", "ORAN Alliance"]),
    ("Open Mobile Alliance", None, &["OMA"]),
    ("CEN", Some("European Committee for Standardization"), &[]),
    ("CENELEC", Some("European Committee for Electrotechnical Standardization"), &[]),
    ("Wireless Broadband Alliance", None, &["WBA"]),
    ("Wireless Gigabit Alliance", None, &["WGA", "WiGig Alliance"]),
    ("Wi-Fi Alliance", None, &["WFA"]),
    ("NGMN Alliance", Some("Next Generation Mobile Networks Alliance"), &["NGMN"]),
    ("Optical Internetworking Forum", None, &["OIF"]),
    ("HomeGrid Forum", None, &[]),
    ("CableLabs", None, &["Cable Television Laboratories"]),
    ("DVB Project", None, &["DVB"]),
    ("ATSC", Some("Advanced Television Systems Committee"), &[]),
    ("SMPTE", Some("Society of Motion Picture and Television Engineers"), &[]),
    ("EBU", Some("European Broadcasting Union"), &[]),
    ("ISOC", Some("Internet Society"), &[]),
    ("ICANN", Some("Internet Corporation for Assigned Names and Numbers"), &[]),
    ("Open Networking Foundation", None, &["ONF"]),
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
    d.add("ITU-R RAG", AdvisoryGroup, Some("ITU-R"), Some("Radiocommunication Advisory Group"), &["RAG"]);
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
        &[
            "IRG-AVA",
            "IRG AVA",
            "ITU Intersector Rapporteur Group on Audiovisual Media Accessibility",
            "Intersector Rapporteur Group on Audiovisual Media Accessibility",
        ],
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
    for &(isg, title) in ETSI_ISGS {
        d.add(
            &format!("ETSI ISG {isg}"),
            IndustryGroup,
            Some("ETSI"),
            Some(&format!("ETSI Industry Specification Group {title}")),
            &[&format!("ISG {isg}"), &format!("ETSI {isg}")],
        );
    }
    for &(tc, title) in ETSI_TCS {
        d.add(
            &format!("ETSI TC {tc}"),
            TechnicalCommittee,
            Some("ETSI"),
            Some(&format!("ETSI Technical Committee {title}")),
            &[&format!("ETSI {tc}")],
        );
    }
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
    for &(area, title) in IETF_AREAS {
        let upper = area.to_ascii_uppercase();
        d.add(
            &format!("IETF {upper}"),
            Committee,
            Some("IETF"),
            Some(&format!("IETF {title} Area")),
            &[&format!("{upper} Area"), &format!("{title} Area"), &format!("IETF {upper} Area")],
        );
        // "ippm, TSV": the areas whose acronyms are no English word stand alone too.
        if ["tsv", "rtg", "ops", "sec", "wit"].contains(&area) {
            d.set_alias_last(&upper);
        }
    }
    for &(wg, title, area) in IETF_WGS {
        let upper = wg.to_ascii_uppercase();
        // The datatracker names a working group by its lower-case acronym alone ("ccamp"); that
        // is an alias only where the acronym is no English word a list could hold.
        let mut aliases = vec![format!("IETF {upper} WG"), format!("{upper} WG"), format!("{upper} Working Group")];
        if !ENGLISH_ACRONYMS.contains(&wg) {
            aliases.push(upper.clone());
        }
        let aliases: Vec<&str> = aliases.iter().map(String::as_str).collect();
        d.add(
            &format!("IETF {upper}"),
            WorkingGroup,
            Some(&format!("IETF {}", area.to_ascii_uppercase())),
            Some(&format!("IETF {title} Working Group")),
            &aliases,
        );
    }
    d.add("IEEE SA", Organization, None, Some("IEEE Standards Association"), &["IEEE", "IEEE-SA"]);
    d.add("IEEE SA MSC", Committee, Some("IEEE SA"), Some("IEEE Metaverse Standards Committee"), &["IEEE MSC"]);

    d.add(
        "IEEE 802",
        Committee,
        Some("IEEE SA"),
        Some("IEEE 802 LAN/MAN Standards Committee"),
        &["IEEE 802 LMSC", "IEEE 802 LAN/MAN Standards Committee", "IEEE 802 Executive Committee"],
    );
    for &(wg, title) in IEEE_802_WGS {
        d.add(
            &format!("IEEE 802.{wg}"),
            WorkingGroup,
            Some("IEEE 802"),
            Some(&format!("IEEE 802.{wg} {title} Working Group")),
            &[&format!("IEEE 802.{wg} WG"), &format!("IEEE 802.{wg} Working Group")],
        );
    }

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
    for &(canonical, full, aliases) in FORUMS {
        d.add(canonical, Forum, None, full, aliases);
    }
    d.0
}
