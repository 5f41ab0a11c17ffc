//! [`Rgb`], a colour as plain bytes: the type the stance table (in `model`) and the palette
//! share, in a module of its own so that neither depends on the other for it.

/// A colour as red, green and blue bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// A grey of the given level.
    pub const fn gray(level: u8) -> Rgb {
        Rgb(level, level, level)
    }

    /// `#rrggbb`, for CSS and SVG.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// This colour moved a fraction `t` (0..=1) of the way towards `other`.
    #[must_use]
    pub fn blend(self, other: Rgb, t: f32) -> Rgb {
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
        Rgb(
            mix(self.0, other.0),
            mix(self.1, other.1),
            mix(self.2, other.2),
        )
    }

    /// Relative luminance (WCAG), 0 for black to 1 for white.
    pub fn luminance(self) -> f32 {
        let lin = |x: u8| {
            let v = f32::from(x) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// Contrast ratio (WCAG) between this colour and `other`: 1 to 21; text needs 4.5 (AA),
    /// graphics 3.
    pub fn contrast(self, other: Rgb) -> f32 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Whether black text reads better than white on this colour.
    pub fn wants_dark_text(self) -> bool {
        self.luminance() > 0.18
    }
}
