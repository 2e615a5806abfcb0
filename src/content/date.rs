//! ISO calendar dates (`YYYY-MM-DD`) and their long English form.

use std::fmt;

/// A real calendar date; construction checks the day exists.
/// `Default` (0000-00-00) stands only for a date that could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// Parses exactly `YYYY-MM-DD`, refusing impossible dates such as 2025-02-30.
    pub fn parse(s: &str) -> Result<Date, String> {
        let b = s.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return Err(format!("\"{}\" is not a date in the form YYYY-MM-DD", clip(s)));
        }
        let num = |r: std::ops::Range<usize>| s[r].parse::<u16>().unwrap_or(0);
        let (year, month, day) = (num(0..4), num(5..7) as u8, num(8..10) as u8);
        if year == 0 || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(format!("\"{s}\" is not a real date"));
        }
        Ok(Date { year, month, day })
    }

    /// The month's English name.
    pub fn month_name(&self) -> &'static str {
        MONTHS[usize::from(self.month.clamp(1, 12)) - 1]
    }

    /// A long date for an English locale: "November 19, 2025" for en-US and
    /// other American-style locales, "19 November 2025" elsewhere.
    pub fn long_en(&self, locale: &str) -> String {
        let month_first = matches!(locale, "" | "en" | super::model::DEFAULT_LOCALE | "en-PH" | "en-CA");
        if month_first {
            format!("{} {}, {}", self.month_name(), self.day, self.year)
        } else {
            format!("{} {} {}", self.day, self.month_name(), self.year)
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Shortens a string for quoting in a message.
pub(crate) fn clip(s: &str) -> String {
    if s.chars().count() <= 40 {
        s.to_owned()
    } else {
        s.chars().take(40).collect::<String>() + "…"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_formats() {
        let d = Date::parse("2025-11-19").unwrap();
        assert_eq!(d.long_en("en-US"), "November 19, 2025");
        assert_eq!(d.long_en("en-GB"), "19 November 2025");
        assert_eq!(d.to_string(), "2025-11-19");
    }

    #[test]
    fn refuses_impossible_dates() {
        for bad in ["2025-02-29", "2025-13-01", "2025-04-31", "2025-00-10", "0000-01-01", "19-11-2025", "2025-1-01", "2025-11-19T00:00"] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
        assert!(Date::parse("2024-02-29").is_ok());
    }
}
