//! Colours shared by the logging views. Stances use a blue–orange diverging pair (safe for the
//! common forms of colour blindness) and always come with their symbol, never colour alone.

use egui::Color32;

use crate::model::Stance;

/// Highlight for names (the stakeholder in the quick entry).
pub fn accent(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x7c, 0xb7, 0xff)
    } else {
        Color32::from_rgb(0x1f, 0x5f, 0xbf)
    }
}

/// Principle-with-stance tokens in the quick entry.
pub fn stance_text(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0xd0, 0xa0, 0xff)
    } else {
        Color32::from_rgb(0x6a, 0x2c, 0xa0)
    }
}

/// "Ready" and other good news.
pub fn ok(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x7f, 0xd0, 0xc0)
    } else {
        Color32::from_rgb(0x00, 0x6d, 0x5b)
    }
}

/// Text colour of a stance symbol: blue for support, orange for opposition, grey for mixed.
pub fn stance(stance: Stance, dark: bool) -> Color32 {
    match (stance, dark) {
        (Stance::StronglySupports, false) => Color32::from_rgb(0x08, 0x45, 0x94),
        (Stance::Supports, false) => Color32::from_rgb(0x31, 0x82, 0xbd),
        (Stance::Mixed, false) => Color32::from_rgb(0x60, 0x60, 0x60),
        (Stance::Opposes, false) => Color32::from_rgb(0xc0, 0x5a, 0x00),
        (Stance::StronglyOpposes, false) => Color32::from_rgb(0x8c, 0x2d, 0x04),
        (Stance::StronglySupports, true) => Color32::from_rgb(0x6b, 0xae, 0xff),
        (Stance::Supports, true) => Color32::from_rgb(0x9e, 0xca, 0xe1),
        (Stance::Mixed, true) => Color32::from_rgb(0xb0, 0xb0, 0xb0),
        (Stance::Opposes, true) => Color32::from_rgb(0xfd, 0xae, 0x6b),
        (Stance::StronglyOpposes, true) => Color32::from_rgb(0xf1, 0x69, 0x13),
    }
}
