//! The pure core of liaise: the liaison-statement record, the registry of standards bodies with
//! its name resolution and recipient-list grammar, and date parsing.
//!
//! Invariant: nothing in this crate performs I/O, reads the clock or touches global state. Every
//! function takes what it needs as arguments, so it can be tested and fuzzed in isolation.

pub mod catalogue;
pub mod date;
pub mod diff;
pub mod due;
pub mod meeting;
pub mod model;
pub mod registry;
pub mod roadmap;
pub mod search;
pub mod track;

pub use model::*;
