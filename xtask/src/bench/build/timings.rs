//! Reading the report `cargo build --timings` writes
//! (`<target>/cargo-timings/cargo-timing.html`): cargo 1.95 embeds every
//! unit it compiled as a JSON array, `const UNIT_DATA = [...];`, in the
//! page's script. Each unit has its crate's name and version, its target
//! (`""` for a library, ` build-script`, ` build-script (run)`,
//! ` name "bin"`), and its start and duration in seconds from the start of
//! the build.

use std::collections::BTreeSet;

use serde::Deserialize;

/// The marker before the units' JSON in the page.
const UNIT_DATA: &str = "const UNIT_DATA = ";

/// One compiled unit: a crate's library or binary, a build script's
/// compilation, or a build script's run.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Unit {
    /// The unit's number in the page, which `unblocked_units` refer to.
    #[serde(rename = "i")]
    pub index: usize,
    /// The units that could start when this one ended, because it was the
    /// last of their dependencies to end (its metadata or its whole
    /// build): what each unit waited for, by cargo's own account.
    #[serde(default)]
    pub unblocked_units: Vec<usize>,
    /// The same, for units that needed only this one's metadata.
    #[serde(default)]
    pub unblocked_rmeta_units: Vec<usize>,
    /// The package's name, `klink-api` say.
    pub name: String,
    /// The package's version.
    pub version: String,
    /// What of the package: `""` (the library), ` build-script`,
    /// ` build-script (run)`, ` hello "bin"`.
    pub target: String,
    /// Seconds from the start of the build.
    pub start: f64,
    /// Seconds it took.
    pub duration: f64,
}

impl Unit {
    /// Seconds from the start of the build to its end.
    pub fn end(&self) -> f64 {
        self.start + self.duration
    }

    /// The crate's own code (its library or binary), as opposed to its
    /// build script.
    pub fn is_own_code(&self) -> bool {
        !self.target.contains("build-script")
    }

    /// How the report names it: `aws-lc-sys (build script run)`.
    pub fn label(&self) -> String {
        let target = self.target.trim();
        match target {
            "" => self.name.clone(),
            "build-script" => format!("{} (build script)", self.name),
            "build-script (run)" => format!("{} (build script run)", self.name),
            other if other.ends_with("\"bin\"") => format!("{} (bin)", self.name),
            other => format!("{} ({other})", self.name),
        }
    }
}

/// Every unit of one build, as cargo listed them.
#[derive(Debug, Clone, PartialEq)]
pub struct Timings {
    /// The units, in the order cargo started them.
    pub units: Vec<Unit>,
}

impl Timings {
    /// Reads the units out of the timings page.
    pub fn parse(html: &str) -> Result<Self, String> {
        let at = html
            .find(UNIT_DATA)
            .ok_or("no `const UNIT_DATA` in the timings page: not cargo's --timings report, or a format this parser does not know")?;
        let json = &html[at + UNIT_DATA.len()..];
        // The array is followed by `;` and the rest of the script: read one
        // JSON value and stop.
        let units = serde_json::Deserializer::from_str(json)
            .into_iter::<Vec<Unit>>()
            .next()
            .ok_or("nothing after `const UNIT_DATA =` in the timings page")?
            .map_err(|e| format!("the timings page's UNIT_DATA: {e}"))?;
        Ok(Self { units })
    }

    /// How many packages were compiled (a package's library, build script
    /// and its run count once): what cargo's `Compiling` lines count.
    pub fn crates(&self) -> usize {
        self.units
            .iter()
            .map(|unit| (&unit.name, &unit.version))
            .collect::<BTreeSet<_>>()
            .len()
    }

    /// The `count` units that took longest, longest first.
    pub fn slowest(&self, count: usize) -> Vec<&Unit> {
        let mut units: Vec<&Unit> = self.units.iter().collect();
        units.sort_by(|a, b| b.duration.total_cmp(&a.duration));
        units.truncate(count);
        units
    }

    /// What `unit` waited for, nearest first: the dependency whose end let
    /// it start (the unit that lists it as unblocked), then what that one
    /// waited for, back to a unit that waited for nothing. Cargo's own
    /// account of the build's critical chain up to `unit`.
    pub fn waited_for<'a>(&'a self, unit: &Unit) -> Vec<&'a Unit> {
        let mut chain = Vec::new();
        let mut at = unit.index;
        // A chain longer than the units would be a loop in a broken page.
        while chain.len() < self.units.len() {
            let Some(before) = self.units.iter().find(|candidate| {
                candidate.unblocked_units.contains(&at)
                    || candidate.unblocked_rmeta_units.contains(&at)
            }) else {
                break;
            };
            chain.push(before);
            at = before.index;
        }
        chain
    }

    /// The compilation of `name`'s own code (not its build script).
    pub fn own_code(&self, name: &str) -> Option<&Unit> {
        self.units
            .iter()
            .find(|unit| unit.name == name && unit.is_own_code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A real report: `cargo build --timings` (cargo 1.95, 2 jobs) of a
    /// throwaway crate `tiny-timings` depending on `serde` (with `derive`)
    /// and `itoa`, started from the repository's `Cargo.lock`, its
    /// `target/cargo-timings/cargo-timing.html` copied as it was written.
    const FIXTURE: &str = include_str!("../../../tests/fixtures/cargo-timing.html");

    #[test]
    fn reads_every_unit_of_a_real_report() {
        let timings = Timings::parse(FIXTURE).unwrap();
        // The page's own summary: "Total units: 17".
        assert!(FIXTURE.contains("<td>Total units:</td><td>17</td>"));
        assert_eq!(timings.units.len(), 17);
        let bin = timings.own_code("tiny-timings").unwrap();
        assert_eq!(bin.label(), "tiny-timings (bin)");
        let build_script_run = timings
            .units
            .iter()
            .find(|unit| {
                unit.name == "proc-macro2" && !unit.is_own_code() && unit.target.contains("(run)")
            })
            .unwrap();
        assert_eq!(build_script_run.label(), "proc-macro2 (build script run)");
        // The binary is the last to compile: it starts after every other
        // unit it depends on ended.
        let serde = timings.own_code("serde").unwrap();
        assert!(bin.start >= serde.end() - 0.01, "{bin:?} {serde:?}");
        assert!(timings.units.iter().all(|unit| unit.duration >= 0.0));
    }

    #[test]
    fn the_chain_a_unit_waited_for_is_cargos_unblocking_order() {
        let timings = Timings::parse(FIXTURE).unwrap();
        let bin = timings.own_code("tiny-timings").unwrap();
        let chain = timings.waited_for(bin);
        assert!(!chain.is_empty(), "the binary waited for its dependencies");
        // Each unit started only once the one after it in the chain ended.
        let mut after = bin;
        for before in &chain {
            assert!(
                before.unblocked_units.contains(&after.index)
                    || before.unblocked_rmeta_units.contains(&after.index),
                "{before:?} does not unblock {after:?}"
            );
            assert!(after.start >= before.end() - 0.05, "{after:?} {before:?}");
            after = before;
        }
        // The chain ends at a unit that waited for nothing.
        assert!(timings.waited_for(after).is_empty());
    }

    #[test]
    fn counts_crates_once_and_sorts_the_slowest() {
        let timings = Timings::parse(FIXTURE).unwrap();
        // serde, serde_core, serde_derive, syn, proc-macro2, quote,
        // unicode-ident, itoa, tiny-timings.
        assert_eq!(timings.crates(), 9);
        let slowest = timings.slowest(3);
        assert_eq!(slowest.len(), 3);
        assert!(slowest[0].duration >= slowest[1].duration);
        assert!(slowest[1].duration >= slowest[2].duration);
        let third = slowest[2].duration;
        assert!(
            timings
                .units
                .iter()
                .filter(|unit| unit.duration > third)
                .count()
                <= 2
        );
    }

    #[test]
    fn a_page_without_units_is_an_error() {
        let error = Timings::parse("<html>no script</html>").unwrap_err();
        assert!(error.contains("UNIT_DATA"), "{error}");
        let broken = FIXTURE.replace("\"duration\":", "\"lasted\":");
        let error = Timings::parse(&broken).unwrap_err();
        assert!(error.contains("duration"), "{error}");
    }
}
