//! Which part of the page an embed shows (`?embed=1&view=…`): one part fits a docs page, where the whole
//! playground would be several screens tall. Without `view` (or outside an embed) every part shows.

/// A part of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The settings form and the scope question.
    Setup,
    /// The two generated policies.
    Policies,
    /// "Your own policy": the editor and its findings.
    Findings,
    /// The kit.
    Kit,
    /// The scenario table.
    Scenarios,
    /// "Why does my build fail?"
    Why,
    /// "Replay CloudTrail".
    Replay,
    /// "Try a request".
    Request,
}

/// The names `view=` takes, with their parts.
pub const VIEWS: [(&str, Part); 8] = [
    ("setup", Part::Setup),
    ("policies", Part::Policies),
    ("findings", Part::Findings),
    ("kit", Part::Kit),
    ("scenarios", Part::Scenarios),
    ("why", Part::Why),
    ("replay", Part::Replay),
    ("request", Part::Request),
];

/// What a page shows: one part, or all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct View(Option<Part>);

impl View {
    /// The view a query asks for: `view` counts only in an embed; an unknown name shows everything.
    pub fn from_query(embed: bool, query: &[(String, String)]) -> View {
        let name = query.iter().find(|(k, _)| k == "view").map(|(_, v)| v.as_str());
        View(
            embed
                .then(|| VIEWS.iter().find(|(n, _)| Some(*n) == name).map(|(_, p)| *p))
                .flatten(),
        )
    }

    /// Whether a part shows.
    pub fn shows(self, part: Part) -> bool {
        self.0.is_none_or(|p| p == part)
    }

    /// Whether exactly this part shows (an embed of it).
    pub fn only(self, part: Part) -> bool {
        self.0 == Some(part)
    }

    /// Whether the whole page shows.
    pub fn whole(self) -> bool {
        self.0.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn one_part_in_an_embed_and_everything_elsewhere() {
        let kit = View::from_query(true, &q(&[("embed", "1"), ("view", "kit")]));
        assert!(kit.shows(Part::Kit) && !kit.shows(Part::Policies) && !kit.whole());
        assert!(View::from_query(false, &q(&[("view", "kit")])).whole());
        assert!(View::from_query(true, &q(&[("view", "nonsense")])).whole());
        assert!(View::from_query(true, &[]).shows(Part::Request));
    }
}
