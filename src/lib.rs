//! tmp
pub mod model;
pub mod store;
