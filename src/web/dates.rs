//! Dates written for the reader.

use crate::content::Date;

/// A date as the site writes it: the same pure `Date::long_en` the pages
/// prerendered at publish use, so the app's take-over never changes a
/// date's words (which could shift the page). Month names are English;
/// `locale` orders day and month.
pub fn format_date(date: Date, locale: &str) -> String {
    date.long_en(locale)
}
