//! The application, split by concern as Rerun's viewer is: what it holds and how it starts
//! (`state`), what runs before the layout each frame (`logic`), the layout (`ui`, `dialogs_ui`)
//! and the one place where commands are applied (`command_handling`).

mod command_handling;
mod dialogs_ui;
mod logic;
mod state;
mod ui;

pub use state::{AppConfig, TreatyApp, mark_start};
