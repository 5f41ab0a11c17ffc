//! What a screen reader reads of our controls, where egui's defaults are not enough.
//!
//! A drop-down's accessible node carries its value apart from its name, and the AT-SPI bridge
//! reads only the name of a combo box: a screen-reader user heard "Session, combo box" without
//! knowing which session the figures show. [`name_with_value`] puts the value in the name
//! ("Session: AHC7R"). Upstream, AccessKit's AT-SPI adapter would need to expose a combo box's
//! value (as the text of its selected child, as GTK does); until then the name carries it.
//!
//! What else upstream would need, and what we do meanwhile:
//! - egui's `Response::gained_focus` is false for focus moved by the arrow keys or requested
//!   in code (both set at the end of a frame), so nothing scrolls to such a widget:
//!   [`keep_in_view`] remembers the last widget followed instead.
//! - egui turns a widget's "selected" into AccessKit's "toggled" (a check box's state): a
//!   selected table row sets `selected` on its node itself (the statement log).
//! - `egui_extras`'s table makes every cell that senses a click a focus stop without a name
//!   (six silent stops per row): the log's cells sense clicks without focus, and each row has
//!   one named stop.
//! - A virtualised list (`ScrollArea::show_rows`) has no nodes for its rows off screen: the
//!   matrix lays out every row and paints only the visible ones.

/// Marks the text of `response` as a polite live region: a screen reader announces it when it
/// changes (the status line's "Logged EU on C3++", the quick entry's problems), without moving
/// the user's focus.
pub fn announce_changes(response: &egui::Response) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_live(egui::accesskit::Live::Polite);
    });
}

/// Names the control of `response` "`name`: `value`" for screen readers; call it after the
/// control is drawn, with the value it now shows.
pub fn name_with_value(response: &egui::Response, name: &str, value: &str) {
    let text = crate::tr!("a11y-name-value", name = name, value = value);
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_label(text));
}

/// Scrolls a widget into view when it has just taken the keyboard (by Tab, an arrow, Page
/// Down or a click). egui's `gained_focus` misses focus moved by the arrows or requested in
/// code (it is set at the end of a frame), so the last widget followed is remembered instead.
pub fn keep_in_view(response: &egui::Response) {
    if !response.has_focus() {
        return;
    }
    let key = egui::Id::unique("followed-focus");
    if response.ctx.data(|d| d.get_temp::<egui::Id>(key)) != Some(response.id) {
        response.scroll_to_me(None);
        response.ctx.data_mut(|d| d.insert_temp(key, response.id));
    }
}
