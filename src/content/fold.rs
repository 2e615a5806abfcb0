//! Folding text for search: lower case, no accents, words split at
//! punctuation, spaces and symbols.
//!
//! `char::to_lowercase` and `char::is_alphanumeric` carry the full Unicode
//! tables, about 6.5 KB of brotli-compressed wasm. Search needs far less:
//! lower case for the cased scripts of the languages readers search in
//! (Latin, Greek, Cyrillic, Armenian, fullwidth Latin), and word breaks at
//! the punctuation and symbols text actually uses. The tests check these
//! against std character by character: where [`lower`] changes a character,
//! it agrees with std; where it leaves one alone that std would change, the
//! character is in a rare cased script (Georgian, Cherokee, Deseret, …) and
//! is then matched as written.

/// Lower case, one character in, one out (İ gives i, as search wants).
pub fn lower(c: char) -> char {
    let u = c as u32;
    let even = u.is_multiple_of(2);
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 32,
        // Latin Extended-A and -B: mostly upper/lower pairs.
        0x130 => 0x69,
        0x178 => 0xFF,
        0x1C4 | 0x1C7 | 0x1CA | 0x1F1 => u + 2,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 => u + 1,
        0x1F6 => 0x195,
        0x1F7 => 0x1BF,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x1DE..=0x1EF | 0x1F4 | 0x1F8..=0x21F | 0x222..=0x233 | 0x246..=0x24F
            if even =>
        {
            u + 1
        }
        0x139..=0x148 | 0x179..=0x17E | 0x1CD..=0x1DC if !even => u + 1,
        // Greek.
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x391..=0x3A1 | 0x3A3..=0x3AB => u + 32,
        0x3D8..=0x3EF if even => u + 1,
        // Cyrillic.
        0x400..=0x40F => u + 80,
        0x410..=0x42F => u + 32,
        0x4C0 => 0x4CF,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if even => u + 1,
        0x4C1..=0x4CE if !even => u + 1,
        // Armenian.
        0x531..=0x556 => u + 48,
        // Latin Extended Additional (Vietnamese and others); capital sharp s.
        0x1E9E => 0xDF,
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if even => u + 1,
        // Fullwidth Latin.
        0xFF21..=0xFF3A => u + 32,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// True for characters that belong to words: letters and digits of any
/// script. Word breaks are ASCII punctuation and spaces, Latin-1's
/// punctuation and symbols, and the Unicode blocks of punctuation, symbols,
/// arrows, shapes, CJK punctuation, fullwidth punctuation and emoji.
pub fn is_word_char(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        // ª º µ, superscript digits and vulgar fractions are letters and digits.
        0xAA | 0xB2 | 0xB3 | 0xB5 | 0xB9 | 0xBA | 0xBC..=0xBE => true,
        0x80..=0xBF | 0xD7 | 0xF7 => false,
        0x2000..=0x2BFF | 0x2E00..=0x2E7F | 0x3000..=0x303F => false,
        0xFE10..=0xFE1F | 0xFE30..=0xFE6F | 0xFEFF => false,
        0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 => false,
        0x1F000..=0x1FBFF => false,
        _ => true,
    }
}

/// Lower-cases and strips accents ("Fièvre" → "fievre"); combining accents
/// (decomposed text) are dropped, so both spellings of é fold alike.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !('\u{300}'..='\u{36F}').contains(&c) {
            out.push(strip_accent(lower(c)));
        }
    }
    out
}

fn strip_accent(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn std_lower(c: char) -> char {
        c.to_lowercase().next().unwrap_or(c)
    }

    /// The blocks `lower` claims to cover: there it must agree with std on
    /// every character.
    const COVERED: &[(u32, u32)] = &[
        (0x0, 0x17F),    // ASCII, Latin-1, Latin Extended-A
        (0x1C4, 0x1CC),  // DŽ, LJ, NJ
        (0x1CD, 0x24F),  // most of Latin Extended-B
        (0x370, 0x3D7),  // Greek
        (0x3D8, 0x3EF),  // Greek and Coptic pairs
        (0x400, 0x52F),  // Cyrillic and its supplement
        (0x530, 0x58F),  // Armenian
        (0x1E00, 0x1EFF), // Latin Extended Additional
        (0xFF00, 0xFFEF), // fullwidth forms
    ];

    #[test]
    fn lower_agrees_with_std_where_it_changes_anything() {
        let mut left_alone = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let ours = lower(c);
            if ours != c {
                assert_eq!(ours, std_lower(c), "U+{:04X}", c as u32);
            } else if std_lower(c) != c {
                left_alone += 1;
            }
        }
        // Matched as written: Georgian, Cherokee, polytonic Greek, Glagolitic,
        // Coptic, Deseret, Osage, Adlam, Latin Extended-C/D, circled and
        // Roman-numeral letters and the like (926 with Rust 1.95's Unicode).
        assert!(left_alone < 1000, "{left_alone}");
    }

    #[test]
    fn lower_is_complete_in_the_covered_blocks() {
        let mut missing = Vec::new();
        for &(from, to) in COVERED {
            for c in (from..=to).filter_map(char::from_u32) {
                if lower(c) != std_lower(c) {
                    missing.push(format!("U+{:04X}", c as u32));
                }
            }
        }
        // The known gaps: U+0220, U+023A–U+0245 (letters for phonetics and
        // old orthographies) and five archaic Greek letters.
        assert!(missing.len() <= 14, "{} gaps: {missing:?}", missing.len());
        for must in ['Ș', 'Ț', 'Ǎ', 'Ё', 'Ω', 'Ά', 'Ա', 'Ạ', 'Ｚ', 'Ŋ', 'Ÿ', 'ẞ'] {
            assert_eq!(lower(must), std_lower(must), "{must}");
        }
    }

    #[test]
    fn word_breaks_match_std_on_real_text() {
        let texts = [
            "Is gene therapy (e.g. Zolgensma®) safe? Yes—mostly; see “risks” … 2–3 days.",
            "Fièvre: que faire à 38,5 °C ? L’enfant a-t-il besoin d’un médecin ?",
            "Übelkeit während der Schwangerschaft – was hilft?",
            "¿Cuándo debo vacunarme? ¡Pregunte a su médico!",
            "Πότε πρέπει να εμβολιαστώ;",
            "Когда нужно обратиться к врачу?",
            "糖尿病の治療は？",
        ];
        for t in texts {
            let ours: Vec<&str> = t.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).collect();
            let std: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            assert_eq!(ours, std, "{t}");
        }
    }

    #[test]
    fn folds_case_accents_and_decomposed_accents() {
        assert_eq!(fold("Fièvre ÉTÉ"), "fievre ete");
        assert_eq!(fold("Fie\u{300}vre"), "fievre");
        assert_eq!(fold("ΚΑΛΗΜΈΡΑ Ёлка"), "καλημέρα ёлка");
        assert_eq!(fold("Ștefan ȚARA"), "stefan tara");
    }
}
