//! The app's colours: [`crate::palette`] (the one palette of the app and the report) as egui
//! colours, with what depends on the theme's own colours (carried fills, "no position").

use egui::{Color32, Visuals};

use crate::model::Stance;
use crate::palette::{self as core, Rgb};

/// An RGB colour of the core palette as an egui colour.
pub const fn color(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

fn rgb(c: Color32) -> Rgb {
    Rgb(c.r(), c.g(), c.b())
}

/// Fill of a cell holding `stance`.
pub fn stance_fill(stance: Stance) -> Color32 {
    color(core::stance_fill(stance))
}

/// Fill of a carried position: the stance's fill faded towards the panel background.
pub fn carried_fill(stance: Stance, visuals: &Visuals) -> Color32 {
    color(core::stance_fill(stance).blend(rgb(visuals.panel_fill), 0.4))
}

/// Text colour that reads on `fill` (black or white, whichever contrasts more).
pub fn text_on(fill: Color32) -> Color32 {
    if rgb(fill).wants_dark_text() {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// Weak text (hints, placeholders, secondary words) for a theme: egui's default (the text
/// colour at 60 %) reads at 2.7:1 on the light panel; this reads at 4.5:1 or more on the
/// panels, windows and text fields of both themes (tested below).
pub fn weak_text(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(150)
    } else {
        Color32::from_gray(105)
    }
}

/// Sets the app's weak text colour in both themes.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.visuals.weak_text_color = Some(weak_text(style.visuals.dark_mode));
    });
}

/// Outline and dot of "no recorded position": the theme's weak text colour, so it reads in
/// both themes (3:1 or more, as graphics need) and never looks like a filled (Mixed) cell.
pub fn no_position(visuals: &Visuals) -> Color32 {
    visuals.weak_text_color()
}

/// Colour of silence (no position) in the gaps bars.
pub fn silence(visuals: &Visuals) -> Color32 {
    color(core::silence(visuals.dark_mode))
}

/// Colour of the `i`th group of a legend; `None` is the "no group" grey.
pub fn group(i: Option<usize>) -> Color32 {
    let palette = &core::GROUP;
    color(match i {
        Some(i) => palette[i % (palette.len() - 1)],
        None => palette[palette.len() - 1],
    })
}

/// Line colours of the trends, distinct from one another (same palette as the groups).
pub fn series(i: usize) -> Color32 {
    group(Some(i))
}

/// Highlight for names (the stakeholder in the quick entry).
pub fn accent(dark: bool) -> Color32 {
    color(core::accent(dark))
}

/// Principle-with-stance tokens in the quick entry.
pub fn stance_token(dark: bool) -> Color32 {
    color(core::stance_token(dark))
}

/// "Ready" and other good news.
pub fn ok(dark: bool) -> Color32 {
    color(core::ok(dark))
}

/// Text colour of a stance symbol on a panel (not on a fill), see
/// [`core::stance_text_on_panel`].
pub fn stance_text_on_panel(stance: Stance, dark: bool) -> Color32 {
    color(core::stance_text_on_panel(stance, dark))
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

    /// Weak text (the quick entry's placeholder and grammar line, secondary words) and the
    /// "no recorded position" outline contrast enough with every background they are drawn on.
    #[test]
    fn weak_text_and_the_no_position_outline_contrast_enough() {
        for mut visuals in [Visuals::light(), Visuals::dark()] {
            visuals.weak_text_color = Some(weak_text(visuals.dark_mode));
            let weak = rgb(visuals.weak_text_color());
            for background in [
                visuals.panel_fill,
                visuals.window_fill,
                visuals.extreme_bg_color,
            ] {
                let ratio = weak.contrast(rgb(background));
                assert!(
                    ratio >= 4.5,
                    "weak text at {ratio:.2}:1 on {background:?} (dark: {})",
                    visuals.dark_mode
                );
            }
            let outline = rgb(no_position(&visuals)).contrast(rgb(visuals.panel_fill));
            assert!(outline >= 3.0, "the outline at {outline:.2}:1");
        }
    }
}
