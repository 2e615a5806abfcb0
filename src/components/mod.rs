//! One component per file. Components take plain data or signals; pages own data.

pub mod article_dates;
pub mod article_skeleton;
pub mod audience_picker;
pub mod block_list;
pub mod citation;
pub mod disclaimer_box;
pub mod follow_up;
pub mod inline_text;
pub mod load_error_view;
pub mod reference_list;
pub mod render_cx;
pub mod review_caution;
pub mod review_stepper;
pub mod section_view;
pub mod slot;
pub mod status_badge;
pub mod term;
pub mod tips;
pub mod trust_line;
pub mod article_card;
pub mod article_view;
