//! Names of ITU's own groups as ITU's other languages write them: "Commission d'études 13 de
//! l'UIT-T", "CE 17 del UIT-T", "ИК11 МСЭ-Т", "لجنة الدراسات 13 لقطاع تقييس الاتصالات",
//! "ITU-T第13研究组". Each is read to the English name the registry knows ("ITU-T SG13");
//! names of other bodies keep their Latin spelling in every language, and the advisory groups'
//! acronyms (GCNT, GANT, КГСЭ) are aliases in `data/bodies.toml`.

use regex::Regex;
use std::sync::LazyLock;

/// The sector a word names: "UIT-T", "МСЭ-Т", "تقييس الاتصالات", "电信标准化部门".
fn sector(word: &str) -> Option<&'static str> {
    let w = word.trim();
    if w.contains("تقييس") || w.contains("标准化") {
        return Some("ITU-T");
    }
    if w.contains("الراديوية") || w.contains("无线电") || w.to_lowercase().contains("radio") {
        return Some("ITU-R");
    }
    if w.contains("تنمية") || w.contains("发展") {
        return Some("ITU-D");
    }
    match w.chars().rev().find(|c| c.is_alphabetic())? {
        'T' | 'Т' | 't' | 'т' => Some("ITU-T"),
        'R' | 'r' => Some("ITU-R"),
        'D' | 'd' => Some("ITU-D"),
        _ => None,
    }
}

static STUDY_GROUP: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // French and Spanish: "Commission d'études 13 de l'UIT-T", "CE 13 de l'UIT-T",
        // "Comisión de Estudio 17 del UIT-T", "CE 20 del UIT-T".
        r"(?i)^(?:la\s+|el\s+)?(?:commission\s+d[’'‘]\s*[ée]tudes|comisi[óo]n\s+de\s+estudios?|ce)\s*(?P<n>\d+)\s+(?:de\s+l[’'‘]\s*|del\s+|de\s+la\s+|du\s+)?(?P<s>(?:UIT|ITU)[\s-]*[TRD])$",
        // "Commission d'études 5 des radiocommunications", "Comisión de Estudio 5 de Radiocomunicaciones".
        r"(?i)^(?:la\s+)?(?:commission\s+d[’'‘]\s*[ée]tudes|comisi[óo]n\s+de\s+estudios?|ce)\s*(?P<n>\d+)\s+(?:des|de)\s+(?P<s>radiocommunications|radiocomunicaciones)$",
        // Russian: "Исследовательская комиссия 13 МСЭ-Т", "ИК11 МСЭ-Т", "13-я Исследовательская комиссия МСЭ-Т".
        r"(?i)^(?:(?P<m>\d+)-(?:я|й|ой)\s+)?(?:исследовательск(?:ая|ой|ую)\s+комисси(?:я|и|ю)|ик)\s*(?P<n>\d+)?\s+(?P<s>мсэ[\s-]*[TТRD]|по\s+радиосвязи)$",
        // Arabic: "لجنة الدراسات 13 لقطاع تقييس الاتصالات".
        r"^(?:ال)?لجنة\s+(?:ال)?دراسات\s*(?P<n>\d+)\s+(?:ل|في\s+|التابعة\s+ل)?(?P<s>قطاع\s+.+)$",
        // Chinese: "国际电联电信标准化部门第15研究组", "ITU-T第13研究组", "ITU-T SG13研究组".
        r"^(?:国际电联|国际电信联盟)?\s*(?P<s>电信标准化部门|无线电通信部门|电信发展部门|ITU-[TRD])\s*(?:第|SG)?\s*(?P<n>\d+)\s*研究组$",
    ]
    .iter()
    .map(|r| Regex::new(r).expect("valid regular expression"))
    .collect()
});

static WORKING_PARTY: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // "Groupe de travail 5D de l'UIT-R", "GT 5D", "Grupo de Trabajo 6A del UIT-R",
        // "Рабочая группа 5D МСЭ-R", "РГ 5D", "فرقة العمل 5D", "第5D工作组", "WP5D工作组".
        r"(?i)^(?:le\s+|el\s+)?(?:groupe\s+de\s+travail|grupo\s+de\s+trabajo|gt|рабочая\s+группа|рг|فرقة\s+العمل|فريق\s+العمل)\s*(?P<wp>\d[A-Z])(?:\s+(?:de\s+l[’'‘]\s*|del\s+)?(?:UIT|ITU|мсэ)[\s-]*R|\s+لقطاع\s+الاتصالات\s+الراديوية)?$",
        r"^(?:ITU-R\s*)?(?:第|WP\s*)?(?P<wp>\d[A-Z])\s*工作组$",
    ]
    .iter()
    .map(|r| Regex::new(r).expect("valid regular expression"))
    .collect()
});

/// "Groupe de travail 3/15", "РГ 3/15": a working party of an ITU-T study group.
static WP_OF_SG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:groupe\s+de\s+travail|grupo\s+de\s+trabajo|gt|рабочая\s+группа|рг|فرقة\s+العمل)\s*\d+\s*/\s*(?P<sg>\d+)$")
        .expect("valid regular expression")
});

/// "ИСО/МЭК СТК 1/ПК 29", "ISO/CEI JTC 1/SC 29": JTC 1 and its subcommittees as Russian,
/// French and Spanish write them.
static JTC1: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:ИСО|ISO)\s*/\s*(?:МЭК|CEI)\s*(?:СТК|JTC)\s*1(?:\s*/\s*(?:ПК|SC)\s*(?P<sc>\d+))?$")
        .expect("valid regular expression")
});

/// The English name of an ITU group written in another language, if `name` is one.
pub fn in_english(name: &str) -> Option<String> {
    let name = name.trim();
    if let Some(c) = JTC1.captures(name) {
        return Some(match c.name("sc") {
            Some(sc) => format!("ISO/IEC JTC 1/SC {}", sc.as_str()),
            None => "ISO/IEC JTC 1".to_string(),
        });
    }
    // Names in English (most of them) are left at once: every pattern needs a letter outside
    // ASCII or one of a few foreign words.
    let lower = name.to_lowercase();
    if name.is_ascii()
        && !["uit", "ce ", "gt ", "commission", "comision", "grupo", "groupe"].iter().any(|w| lower.contains(w))
    {
        return None;
    }
    for re in STUDY_GROUP.iter() {
        if let Some(c) = re.captures(name) {
            let n = c.name("n").or(c.name("m"))?.as_str().trim_start_matches('0');
            let s = sector(c.name("s")?.as_str())?;
            return Some(format!("{s} SG{n}"));
        }
    }
    for re in WORKING_PARTY.iter() {
        if let Some(c) = re.captures(name) {
            return Some(format!("ITU-R WP {}", c["wp"].to_uppercase()));
        }
    }
    if let Some(c) = WP_OF_SG.captures(name) {
        return Some(format!("ITU-T SG{}", c["sg"].trim_start_matches('0')));
    }
    None
}

/// "لجنة الدراسات 2", "Commission d'études 2", "Comisión de Estudio 2", "Исследовательская
/// комиссия 2": a study group whose sector the list gives only with the next one ("لجنة
/// الدراسات 2 ولجنة الدراسات 17 لقطاع تقييس الاتصالات").
pub fn sectorless_study_group(name: &str) -> Option<String> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:la\s+|el\s+)?(?:(?:ال)?لجنة\s+(?:ال)?دراسات|commission\s+d[’'‘]\s*[ée]tudes|comisi[óo]n\s+de\s+estudios?|исследовательская\s+комиссия|ce|ик)\s*(?P<n>\d+)$")
            .expect("valid regular expression")
    });
    RE.captures(name.trim()).map(|c| c["n"].trim_start_matches('0').to_string())
}

/// Numbers of a list of study groups or working parties: "13 and 15", "5 и 15", "13 و20".
const AND: &str = r"\s*(?:,|\band\b|\bet\b|\by\b|\bи\b|و|和|及)\s*";

static STUDY_GROUPS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let nums = format!(r"(?P<ns>\d+(?:{AND}\d+)+)");
    let ords = format!(r"(?P<ns>\d+-(?:я|й|ой)(?:{AND}\d+-(?:я|й|ой))+)");
    [
        // "Commissions d'études 13 et 15 de l'UIT-T", "Comisiones de Estudio 13 y 15 del UIT-T".
        format!(r"(?i)^(?:les\s+|las\s+)?(?:commissions\s+d[’'‘]\s*[ée]tudes|comisiones\s+de\s+estudios?|CE)\s*{nums}\s+(?:de\s+l[’'‘]\s*|del\s+|de\s+la\s+)?(?P<s>(?:UIT|ITU)[\s-]*[TRD])$"),
        // "Исследовательских комиссий 5 и 15 МСЭ-Т", "1-я и 2-я Исследовательские комиссии МСЭ-D".
        format!(r"(?i)^(?:исследовательск(?:их|ие|им)\s+комисси(?:й|и|ям)|ик)\s*{nums}\s+(?P<s>мсэ[\s-]*[TТRD])$"),
        format!(r"(?i)^{ords}\s+исследовательск(?:ие|их|им)\s+комисси(?:и|й|ям)\s+(?P<s>мсэ[\s-]*[TТRD])$"),
        // "لجنتي الدراسات 13 و20 لقطاع تقييس الاتصالات" (the dual), "لجان الدراسات ...".
        format!(r"^(?:ال)?(?:لجنتي|لجان)\s+(?:ال)?دراسات\s*{nums}\s+(?:ل|في\s+|التابعة\s+ل)?(?P<s>قطاع\s+.+)$"),
        // "ITU-T Study Groups 13 and 15" is read by the list grammar; "ITU-T第13和15研究组" here.
        format!(r"^(?:国际电联)?\s*(?P<s>电信标准化部门|无线电通信部门|电信发展部门|ITU-[TRD])\s*第?\s*{nums}\s*研究组$"),
    ]
    .iter()
    .map(|r| Regex::new(r).expect("valid regular expression"))
    .collect()
});

static WORKING_PARTIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:les\s+|los\s+)?(?:groupes\s+de\s+travail|grupos\s+de\s+trabajo|рабочи(?:х|е)\s+групп[ыа]?|فرقتي\s+العمل|فرق\s+العمل|GT)\s*(?P<ws>\d[A-Z](?:{AND}\d[A-Z])+)(?:\s+(?:de\s+l[’'‘]\s*|del\s+)?(?:UIT|ITU|мсэ)[\s-]*R|\s+لقطاع\s+الاتصالات\s+الراديوية)?$"
    ))
    .expect("valid regular expression")
});

/// The English names of several ITU groups written as one phrase in another language:
/// "Commissions d'études 13 et 15 de l'UIT-T" is ITU-T SG13 and ITU-T SG15.
pub fn plural_in_english(name: &str) -> Option<Vec<String>> {
    static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| Regex::new(AND).expect("valid regular expression"));
    let name = name.trim();
    if name.is_ascii() {
        let lower = name.to_lowercase();
        if !["commissions", "comisiones", "groupes", "grupos", "gt ", "ce "].iter().any(|w| lower.contains(w)) {
            return None;
        }
    }
    // "للعلم إلى ...", "إلى ...": "(for information) to" run into the names.
    let name = name.trim_start_matches("للعلم").trim_start().trim_start_matches("إلى").trim_start();
    let split = |list: &str| -> Vec<String> {
        SEPARATOR.split(list).map(|p| p.trim().trim_end_matches(['-', 'я', 'й', 'о']).to_string()).collect()
    };
    for re in STUDY_GROUPS.iter() {
        if let Some(c) = re.captures(name) {
            let s = sector(c.name("s")?.as_str())?;
            let ns = split(c.name("ns")?.as_str());
            return Some(
                ns.iter().filter(|n| !n.is_empty()).map(|n| format!("{s} SG{}", n.trim_start_matches('0'))).collect(),
            );
        }
    }
    if let Some(c) = WORKING_PARTIES.captures(name) {
        let ws = split(c.name("ws")?.as_str());
        return Some(ws.iter().filter(|w| !w.is_empty()).map(|w| format!("ITU-R WP {}", w.to_uppercase())).collect());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{in_english, plural_in_english};

    #[test]
    fn several_itu_groups_in_one_phrase() {
        for (name, want) in [
            ("COMMISSIONS D'ÉTUDES 13 and 15 DE L'UIT-T", vec!["ITU-T SG13", "ITU-T SG15"]),
            ("Commissions d’études 13 et 15 de l’UIT-T", vec!["ITU-T SG13", "ITU-T SG15"]),
            ("Comisiones de Estudio 13 y 20 del UIT-T", vec!["ITU-T SG13", "ITU-T SG20"]),
            ("ИССЛЕДОВАТЕЛЬСКИХ КОМИССИЙ 5 and 15 МСЭ-Т", vec!["ITU-T SG5", "ITU-T SG15"]),
            ("1-я and 2-я Исследовательские комиссии МСЭ-D", vec!["ITU-D SG1", "ITU-D SG2"]),
            ("لجنتي الدراسات 13 و20 لقطاع تقييس الاتصالات", vec!["ITU-T SG13", "ITU-T SG20"]),
            ("للعلم إلى فرقتي العمل 4B و4C", vec!["ITU-R WP 4B", "ITU-R WP 4C"]),
            ("groupes de travail 5D et 6A de l'UIT-R", vec!["ITU-R WP 5D", "ITU-R WP 6A"]),
        ] {
            assert_eq!(plural_in_english(name), Some(want.iter().map(|s| s.to_string()).collect()), "{name}");
        }
        for name in ["ITU-T SG13", "Commission d'études 13 de l'UIT-T", "Broadband Forum", "CE marking"] {
            assert_eq!(plural_in_english(name), None, "{name}");
        }
    }

    #[test]
    fn itu_groups_in_every_language() {
        for (name, want) in [
            ("Commission d'études 13 de l'UIT-T", "ITU-T SG13"),
            ("Commission d’études 15 de l’UIT-T", "ITU-T SG15"),
            ("CE 17 de l'UIT-T", "ITU-T SG17"),
            ("la CE 1 de l'UIT-D", "ITU-D SG1"),
            ("Commission d'études 5 des radiocommunications", "ITU-R SG5"),
            ("Groupe de travail 5D de l'UIT-R", "ITU-R WP 5D"),
            ("GT 5D", "ITU-R WP 5D"),
            ("Comisión de Estudio 17 del UIT-T", "ITU-T SG17"),
            ("CE 20 del UIT-T", "ITU-T SG20"),
            ("Grupo de Trabajo 5A del UIT-R", "ITU-R WP 5A"),
            ("Исследовательская комиссия 13 МСЭ-Т", "ITU-T SG13"),
            ("ИК11 МСЭ-Т", "ITU-T SG11"),
            ("ИК 5 МСЭ-T", "ITU-T SG5"),
            ("13-я Исследовательская комиссия МСЭ-Т", "ITU-T SG13"),
            ("2-й Исследовательской комиссии МСЭ-D", "ITU-D SG2"),
            ("РГ 6C", "ITU-R WP 6C"),
            ("لجنة الدراسات 13 لقطاع تقييس الاتصالات", "ITU-T SG13"),
            ("لجنة الدراسات 1 لقطاع تنمية الاتصالات", "ITU-D SG1"),
            ("فرقة العمل 5D", "ITU-R WP 5D"),
            ("国际电联电信标准化部门第15研究组", "ITU-T SG15"),
            ("ITU-T第13研究组", "ITU-T SG13"),
            ("第5D工作组", "ITU-R WP 5D"),
            ("GT 3/15", "ITU-T SG15"),
            ("ИСО/МЭК СТК 1/ПК 29", "ISO/IEC JTC 1/SC 29"),
            ("ISO/CEI JTC 1/SC 29", "ISO/IEC JTC 1/SC 29"),
        ] {
            assert_eq!(in_english(name).as_deref(), Some(want), "{name}");
        }
        for name in ["ITU-T SG13", "Broadband Forum", "CE marking", "Genève", "日内瓦"] {
            assert_eq!(in_english(name), None, "{name}");
        }
    }
}
