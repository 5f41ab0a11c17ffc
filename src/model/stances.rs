//! [`Stances`]: a statement's stance per principle, a small map kept as a sorted vector.

use serde::de::{Error as _, MapAccess, Visitor};
use serde::ser::SerializeMap as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::enums::Stance;

/// A statement's stance per principle id, in principle-id order (as a sorted map reads and
/// writes them). A statement has a few; kept as a sorted vector, they take what they hold,
/// where a tree map's first node takes about 300 bytes whatever it holds: 300 MB at a million
/// statements (docs/BENCHMARKS.md, "Memory").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stances(Vec<(String, Stance)>);

impl Stances {
    /// No stance.
    pub fn new() -> Self {
        Stances(Vec::new())
    }

    fn find(&self, principle: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(p, _)| p.as_str().cmp(principle))
    }

    /// The stance on `principle`, if any.
    pub fn get(&self, principle: &str) -> Option<&Stance> {
        self.find(principle).ok().map(|k| &self.0[k].1)
    }

    /// Whether there is a stance on `principle`.
    pub fn contains_key(&self, principle: &str) -> bool {
        self.find(principle).is_ok()
    }

    /// Sets the stance on `principle`; returns the one it replaced.
    pub fn insert(&mut self, principle: String, stance: Stance) -> Option<Stance> {
        match self.find(&principle) {
            Ok(k) => Some(std::mem::replace(&mut self.0[k].1, stance)),
            Err(k) => {
                self.0.insert(k, (principle, stance));
                None
            }
        }
    }

    /// Takes the stance on `principle` away; returns it.
    pub fn remove(&mut self, principle: &str) -> Option<Stance> {
        self.find(principle).ok().map(|k| self.0.remove(k).1)
    }

    /// The principle ids, in order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &String> + ExactSizeIterator {
        self.0.iter().map(|(p, _)| p)
    }

    /// The stances, in principle-id order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Stance> + ExactSizeIterator {
        self.0.iter().map(|(_, s)| s)
    }

    /// (principle id, stance) pairs, in principle-id order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&String, &Stance)> + ExactSizeIterator {
        self.0.iter().map(|(p, s)| (p, s))
    }

    /// How many principles have a stance.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Takes every stance away.
    pub fn clear(&mut self) {
        self.0.clear();
    }
}

impl FromIterator<(String, Stance)> for Stances {
    /// Later pairs replace earlier ones on the same principle, as in a map.
    fn from_iter<I: IntoIterator<Item = (String, Stance)>>(pairs: I) -> Self {
        let mut stances = Stances::new();
        stances.extend(pairs);
        stances
    }
}

impl<const N: usize> From<[(String, Stance); N]> for Stances {
    fn from(pairs: [(String, Stance); N]) -> Self {
        pairs.into_iter().collect()
    }
}

/// `stances["P1"]`: the stance on a principle that has one; panics otherwise, as a map does.
impl std::ops::Index<&str> for Stances {
    type Output = Stance;

    fn index(&self, principle: &str) -> &Stance {
        self.get(principle)
            .unwrap_or_else(|| panic!("no stance on principle {principle}"))
    }
}

impl Extend<(String, Stance)> for Stances {
    fn extend<I: IntoIterator<Item = (String, Stance)>>(&mut self, pairs: I) {
        for (principle, stance) in pairs {
            self.insert(principle, stance);
        }
    }
}

impl<'a> IntoIterator for &'a Stances {
    type Item = (&'a String, &'a Stance);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, Stance)>,
        fn(&'a (String, Stance)) -> (&'a String, &'a Stance),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(p, s)| (p, s))
    }
}

impl IntoIterator for Stances {
    type Item = (String, Stance);
    type IntoIter = std::vec::IntoIter<(String, Stance)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl Serialize for Stances {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (principle, stance) in &self.0 {
            map.serialize_entry(principle, stance)?;
        }
        map.end()
    }
}

/// Reads a stance map, refusing a principle written twice: a plain map would keep the last
/// one silently, and the other would be lost at the next save.
impl<'de> Deserialize<'de> for Stances {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct StanceMap;
        impl<'de> Visitor<'de> for StanceMap {
            type Value = Stances;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a map from principle ids to stances")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut stances = Stances(Vec::with_capacity(map.size_hint().unwrap_or(2)));
                while let Some((principle, stance)) = map.next_entry::<String, Stance>()? {
                    if stances.insert(principle.clone(), stance).is_some() {
                        return Err(A::Error::custom(format!(
                            "principle \"{principle}\" has two stances in one statement; keep one"
                        )));
                    }
                }
                stances.0.shrink_to_fit();
                Ok(stances)
            }
        }
        deserializer.deserialize_map(StanceMap)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// It behaves as the sorted map it replaced: order, replacement, removal.
    #[test]
    fn reads_and_writes_like_a_sorted_map() {
        let mut stances: Stances = [
            ("P3".to_owned(), Stance::Supports),
            ("P1".to_owned(), Stance::Opposes),
        ]
        .into_iter()
        .collect();
        assert_eq!(stances.keys().collect::<Vec<_>>(), ["P1", "P3"]);
        assert_eq!(
            stances.insert("P1".to_owned(), Stance::Mixed),
            Some(Stance::Opposes)
        );
        assert_eq!(
            stances.insert("P2".to_owned(), Stance::StronglySupports),
            None
        );
        assert_eq!(stances.keys().collect::<Vec<_>>(), ["P1", "P2", "P3"]);
        assert_eq!(stances.get("P1"), Some(&Stance::Mixed));
        assert_eq!(stances.remove("P2"), Some(Stance::StronglySupports));
        assert!(!stances.contains_key("P2"));
        assert_eq!(stances.len(), 2);
        let json = serde_json::to_string(&stances).expect("writes");
        assert_eq!(
            json, r#"{"P1":"Mixed","P3":"Supports"}"#,
            "as a map, in id order"
        );
        let back: Stances = serde_json::from_str(&json).expect("reads");
        assert_eq!(back, stances);
        let twice = serde_json::from_str::<Stances>(r#"{"P1":"Mixed","P1":"Supports"}"#);
        assert!(twice.is_err_and(|e| e.to_string().contains("two stances")));
    }
}
