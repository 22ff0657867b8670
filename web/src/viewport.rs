//! Which of the editor's highlighted lines are drawn: the lines in view and a margin either side. A keystroke then
//! costs the browser the style, layout and paint of about a hundred lines, not of every line of a long policy or
//! template; the lines above and below are newlines only, so every drawn line stands where the textarea has it.

use std::ops::Range;

/// Lines drawn beyond each edge of the view, so that a scroll shows highlighted text before the window moves.
const MARGIN: usize = 40;
/// How near the view may come to an edge of the drawn lines before they are moved.
const SLACK: usize = 10;

/// The lines in view: the first, and how many fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct View {
    /// The first line in view (0-based).
    pub first: usize,
    /// How many lines fit in the view.
    pub rows: usize,
}

impl Default for View {
    /// Before the editor is measured: its top, and more lines than its 28rem hold at the smallest usual font.
    fn default() -> Self {
        Self { first: 0, rows: 60 }
    }
}

impl View {
    /// The view of a scrolled box holding `lines` lines: where its visible part falls, as a share of all of it. The
    /// box's padding makes this a line or two off, which the margin absorbs.
    pub fn of_scroll(lines: usize, scroll_top: i32, client_height: i32, scroll_height: i32) -> Self {
        if scroll_height <= 0 {
            // Not laid out (hidden): nothing to measure.
            return Self::default();
        }
        let (lines, height) = (lines as f64, f64::from(scroll_height));
        let share = |px: i32| f64::from(px.max(0)) / height * lines;
        Self {
            first: share(scroll_top).floor() as usize,
            rows: share(client_height).ceil() as usize + 1,
        }
    }

    /// The lines drawn for this view, of `lines` lines.
    pub fn drawn(self, lines: usize) -> Range<usize> {
        let start = self.first.saturating_sub(MARGIN).min(lines);
        let end = self
            .first
            .saturating_add(self.rows)
            .saturating_add(MARGIN)
            .min(lines);
        start..end
    }

    /// Whether the lines drawn for this view leave `next`, the view now, too near an edge (or out of them), so that
    /// they must move; or `next` holds a different number of lines.
    pub fn must_move(self, next: Self, lines: usize) -> bool {
        let drawn = self.drawn(lines);
        let top = drawn.start > 0 && next.first < drawn.start + SLACK;
        let bottom =
            drawn.end < lines && next.first.saturating_add(next.rows).saturating_add(SLACK) > drawn.end;
        top || bottom || next.rows != self.rows
    }
}

/// Where to scroll a box holding `lines` lines so that `line` is in view: `None` when it already is, else the line
/// in the middle of the view (a line chosen from a list is then seen with what surrounds it).
pub fn scroll_to_line(
    line: usize,
    lines: usize,
    scroll_top: i32,
    client_height: i32,
    scroll_height: i32,
) -> Option<i32> {
    if lines == 0 || scroll_height <= 0 {
        return None;
    }
    let pitch = f64::from(scroll_height) / lines as f64;
    let top = line as f64 * pitch;
    let (seen_from, seen_to) = (f64::from(scroll_top), f64::from(scroll_top + client_height));
    if top >= seen_from && top + pitch <= seen_to {
        return None;
    }
    let centred = top + pitch / 2.0 - f64::from(client_height) / 2.0;
    Some(centred.clamp(0.0, f64::from((scroll_height - client_height).max(0))) as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_the_view_and_a_margin_within_the_text() {
        let view = View { first: 100, rows: 24 };
        assert_eq!(view.drawn(1000), 60..164);
        assert_eq!(view.drawn(120), 60..120);
        assert_eq!(View::default().drawn(10), 0..10);
        assert_eq!(
            View {
                first: 5000,
                rows: 24
            }
            .drawn(100),
            100..100
        );
    }

    #[test]
    fn moves_the_drawn_lines_only_near_their_edges() {
        let lines = 1000;
        let view = View { first: 100, rows: 24 };
        // Drawn: 60..164. Scrolling a few lines either way keeps them.
        for first in [71, 90, 110, 130] {
            assert!(!view.must_move(View { first, rows: 24 }, lines), "{first}");
        }
        assert!(view.must_move(View { first: 69, rows: 24 }, lines));
        assert!(view.must_move(View { first: 131, rows: 24 }, lines));
        assert!(view.must_move(View { first: 900, rows: 24 }, lines));
        // A taller view (a smaller font) is measured again.
        assert!(view.must_move(View { first: 100, rows: 40 }, lines));
        // At the top and the end of the text there is nothing more to draw.
        let top = View { first: 0, rows: 24 };
        assert!(!top.must_move(View { first: 0, rows: 24 }, lines));
        let end = View { first: 976, rows: 24 };
        assert!(!end.must_move(View { first: 976, rows: 24 }, lines));
    }

    #[test]
    fn a_view_is_the_visible_share_of_the_lines() {
        // 500 lines, 10,000 px: 20 px a line; 400 px in view, scrolled to 2,000.
        assert_eq!(
            View::of_scroll(500, 2000, 400, 10_000),
            View { first: 100, rows: 21 }
        );
        assert_eq!(View::of_scroll(500, 0, 400, 0), View::default());
        assert_eq!(View::of_scroll(0, 0, 400, 400), View { first: 0, rows: 1 });
    }

    #[test]
    fn a_line_out_of_view_is_brought_to_the_middle() {
        // 500 lines of 20 px, 400 px in view.
        assert_eq!(scroll_to_line(5, 500, 0, 400, 10_000), None);
        assert_eq!(scroll_to_line(19, 500, 0, 400, 10_000), None);
        assert_eq!(scroll_to_line(20, 500, 0, 400, 10_000), Some(210));
        assert_eq!(scroll_to_line(300, 500, 0, 400, 10_000), Some(5810));
        // Near the ends the scroll stops at its limits.
        assert_eq!(scroll_to_line(499, 500, 0, 400, 10_000), Some(9600));
        assert_eq!(scroll_to_line(2, 500, 5000, 400, 10_000), Some(0));
        assert_eq!(scroll_to_line(2, 0, 0, 400, 10_000), None);
    }
}
