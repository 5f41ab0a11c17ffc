//! Every colour of the app, in one place: the stance scale (fills for the analysis views, text
//! colours for the log and the quick entry), "no position", carried positions, the group
//! colours of the coalition map and the quick entry's token colours.
//!
//! The stance scale is diverging blue (support) to orange (opposition) around a neutral grey,
//! after the Color Brewer schemes `RdBu` and `PuOr`: blue against orange stays apart for the
//! common forms of colour blindness, and every fill is mid-light so that it reads on light and
//! dark panels.
//! Colour is never the only cue: cells also carry the stance symbol.

use egui::{Color32, Visuals};

use crate::model::Stance;

/// Fill of a cell holding `stance`.
pub fn stance_fill(stance: Stance) -> Color32 {
    match stance {
        Stance::StronglySupports => Color32::from_rgb(0x21, 0x66, 0xAC),
        Stance::Supports => Color32::from_rgb(0x92, 0xC5, 0xDE),
        Stance::Mixed => Color32::from_rgb(0xC4, 0xC4, 0xC4),
        Stance::Opposes => Color32::from_rgb(0xFD, 0xB8, 0x63),
        Stance::StronglyOpposes => Color32::from_rgb(0xD9, 0x5F, 0x02),
    }
}

/// Fill of a carried position: the stance's fill faded towards the panel background.
pub fn carried_fill(stance: Stance, visuals: &Visuals) -> Color32 {
    blend(stance_fill(stance), visuals.panel_fill, 0.4)
}

/// Text colour that reads on `fill` (black or white, whichever contrasts more).
pub fn text_on(fill: Color32) -> Color32 {
    if luminance(fill) > 0.18 {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// Outline and dot of "no recorded position": the theme's weak text colour, so it reads in
/// both themes and never looks like a filled (Mixed) cell.
pub fn no_position(visuals: &Visuals) -> Color32 {
    visuals.weak_text_color()
}

/// Colour of silence (no position) in the gaps bars.
pub fn silence(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_gray(70)
    } else {
        Color32::from_gray(225)
    }
}

/// Group colours (Okabe and Ito's palette for colour-blind readers, without yellow and black,
/// which vanish on one of the two themes); the last is for "no group".
pub const GROUP: [Color32; 7] = [
    Color32::from_rgb(0x00, 0x72, 0xB2),
    Color32::from_rgb(0xE6, 0x9F, 0x00),
    Color32::from_rgb(0x00, 0x9E, 0x73),
    Color32::from_rgb(0xCC, 0x79, 0xA7),
    Color32::from_rgb(0xD5, 0x5E, 0x00),
    Color32::from_rgb(0x56, 0xB4, 0xE9),
    Color32::from_rgb(0x99, 0x99, 0x99),
];

/// Colour of the `i`th group of a legend; `None` is the "no group" grey.
pub fn group(i: Option<usize>) -> Color32 {
    match i {
        Some(i) => GROUP[i % (GROUP.len() - 1)],
        None => GROUP[GROUP.len() - 1],
    }
}

/// Line colours of the trends, distinct from one another (same palette as the groups).
pub fn series(i: usize) -> Color32 {
    GROUP[i % (GROUP.len() - 1)]
}

fn blend(a: Color32, b: Color32, t: f32) -> Color32 {
    let mix = |x: u8, y: u8| {
        let v = f32::from(x) * (1.0 - t) + f32::from(y) * t;
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "v is between two u8 values"
        )]
        let v = v.round().clamp(0.0, 255.0) as u8;
        v
    };
    Color32::from_rgb(mix(a.r(), b.r()), mix(a.g(), b.g()), mix(a.b(), b.b()))
}

fn luminance(c: Color32) -> f32 {
    let lin = |x: u8| {
        let v = f32::from(x) / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

/// Highlight for names (the stakeholder in the quick entry).
pub fn accent(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x7c, 0xb7, 0xff)
    } else {
        Color32::from_rgb(0x1f, 0x5f, 0xbf)
    }
}

/// Principle-with-stance tokens in the quick entry.
pub fn stance_token(dark: bool) -> Color32 {
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

/// Text colour of a stance symbol on a panel (not on a fill): the same blue–orange scale as
/// [`stance_fill`], darker on light panels and lighter on dark ones so that it stays legible.
pub fn stance_text_on_panel(stance: Stance, dark: bool) -> Color32 {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_contrast_with_their_fill() {
        assert_eq!(
            text_on(stance_fill(Stance::StronglySupports)),
            Color32::WHITE
        );
        assert_eq!(text_on(stance_fill(Stance::Mixed)), Color32::BLACK);
        assert_eq!(text_on(stance_fill(Stance::Opposes)), Color32::BLACK);
    }
}
