//! Every colour of Treaty Tracker as plain RGB (the stance colours are rows of the stance
//! table in `model`, read here), for the app (`app::palette` turns them into
//! egui colours) and the HTML report (its CSS and bars are written from them): the stance scale,
//! "no position" and silence, the group colours of the coalition map and the quick entry's
//! token colours, each with the light and dark variants the app uses.
//!
//! The stance scale is diverging blue (support) to orange (opposition) around a neutral grey,
//! after the Color Brewer schemes `RdBu` and `PuOr`: blue against orange stays apart for the
//! common forms of colour blindness, and every fill is mid-light so that it reads on light and
//! dark panels. Colour is never the only cue: cells also carry the stance symbol.

use crate::model::Stance;
pub use crate::rgb::Rgb;

/// White.
pub const WHITE: Rgb = Rgb(0xFF, 0xFF, 0xFF);

/// Fill of a cell or bar segment holding `stance` (from the stance table,
/// [`Stance::fill`]).
pub fn stance_fill(stance: Stance) -> Rgb {
    stance.fill()
}

/// Text colour of a stance symbol on a panel (not on a fill): the same blue–orange scale as
/// [`stance_fill`], darker on light panels and lighter on dark ones so that it stays legible
/// (from the stance table, [`Stance::text_on_panel`]).
pub fn stance_text_on_panel(stance: Stance, dark: bool) -> Rgb {
    stance.text_on_panel(dark)
}

/// Colour of the support side of a share bar (the report's bars and legend).
pub fn support() -> Rgb {
    stance_fill(Stance::StronglySupports)
}

/// Colour of the mixed part of a share bar.
pub fn mixed() -> Rgb {
    stance_fill(Stance::Mixed)
}

/// Colour of the opposition side of a share bar.
pub fn opposition() -> Rgb {
    stance_fill(Stance::StronglyOpposes)
}

/// Colour of silence (no position) in the share bars.
pub fn silence(dark: bool) -> Rgb {
    if dark { Rgb::gray(70) } else { Rgb::gray(225) }
}

/// A light background tint of `colour` for labels on a light page.
pub fn tint(colour: Rgb) -> Rgb {
    colour.blend(WHITE, 0.85)
}

/// Group colours (Okabe and Ito's palette for colour-blind readers, without yellow and black,
/// which vanish on one of the two themes); the last is for "no group".
pub const GROUP: [Rgb; 7] = [
    Rgb(0x00, 0x72, 0xB2),
    Rgb(0xE6, 0x9F, 0x00),
    Rgb(0x00, 0x9E, 0x73),
    Rgb(0xCC, 0x79, 0xA7),
    Rgb(0xD5, 0x5E, 0x00),
    Rgb(0x56, 0xB4, 0xE9),
    Rgb(0x99, 0x99, 0x99),
];

/// Highlight for names (the stakeholder in the quick entry).
pub fn accent(dark: bool) -> Rgb {
    if dark {
        Rgb(0x7c, 0xb7, 0xff)
    } else {
        Rgb(0x1f, 0x5f, 0xbf)
    }
}

/// Principle-with-stance tokens in the quick entry.
pub fn stance_token(dark: bool) -> Rgb {
    if dark {
        Rgb(0xd0, 0xa0, 0xff)
    } else {
        Rgb(0x6a, 0x2c, 0xa0)
    }
}

/// "Ready" and other good news.
pub fn ok(dark: bool) -> Rgb {
    if dark {
        Rgb(0x7f, 0xd0, 0xc0)
    } else {
        Rgb(0x00, 0x6d, 0x5b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_contrast_with_their_fill() {
        assert!(!stance_fill(Stance::StronglySupports).wants_dark_text());
        assert!(stance_fill(Stance::Mixed).wants_dark_text());
        assert!(stance_fill(Stance::Opposes).wants_dark_text());
    }

    #[test]
    fn hex_is_css() {
        assert_eq!(Rgb(0x21, 0x66, 0xAC).hex(), "#2166ac");
    }
}
