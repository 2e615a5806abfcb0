//! Pages own their data: each loads what its route needs.

pub mod article;
pub mod library;
pub mod not_found;
pub mod plain_page;
