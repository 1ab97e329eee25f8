//! Cold builds: each variant's target directory wiped, then `cargo build
//! --timings` (debug, then `--release`), timed on the wall clock, with the
//! units cargo's timings page lists. Dependencies are fetched before
//! (`cargo fetch`), and the builds run `--locked --offline`, so that no
//! download is timed.

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use super::super::cargo::cargo;
use super::super::child::{Echo, run_checked};
use super::timings::Timings;

/// A build profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// `cargo build`.
    Debug,
    /// `cargo build --release`.
    Release,
}

impl Profile {
    /// What the progress lines call it.
    pub fn name(self) -> &'static str {
        match self {
            Profile::Debug => "debug",
            Profile::Release => "release",
        }
    }
}

/// One cold build.
#[derive(Debug, Clone, PartialEq)]
pub struct Build {
    /// Wall-clock seconds of `cargo build`, from start to exit.
    pub seconds: f64,
    /// The units it compiled.
    pub timings: Timings,
}

/// A variant's cold builds: the median run of each profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    /// The debug build with the median time.
    pub debug: Build,
    /// The release build with the median time.
    pub release: Build,
}

/// A hello crate to build: its directory and its own target directory.
/// Each build's timings page is kept beside it as
/// `cargo-timing-<profile>.html`.
#[derive(Debug, Clone)]
pub struct Crate {
    /// Where its `Cargo.toml` is.
    pub dir: PathBuf,
}

impl Crate {
    /// Its target directory, inside it: no other build shares it.
    pub fn target(&self) -> PathBuf {
        self.dir.join("target")
    }

    /// cargo in its directory, building into its target directory.
    fn cargo(&self) -> Command {
        cargo(&self.dir, &self.target())
    }

    /// Downloads every dependency, resolving from the repository's lock
    /// (which it updates with what the repository does not use).
    pub fn fetch(&self) -> Result<(), String> {
        run_checked(self.cargo().arg("fetch"), Echo::Nothing).map(|_| ())
    }

    /// One cold build: the target directory wiped, then built.
    pub fn cold_build(&self, profile: Profile) -> Result<Build, String> {
        let target = self.target();
        if target.exists() {
            std::fs::remove_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
        }
        let mut command = self.cargo();
        command.args(["build", "--timings", "--locked", "--offline"]);
        if profile == Profile::Release {
            command.arg("--release");
        }
        let started = Instant::now();
        run_checked(&mut command, Echo::Nothing)?;
        let seconds = started.elapsed().as_secs_f64();
        let page = target.join("cargo-timings/cargo-timing.html");
        let html =
            std::fs::read_to_string(&page).map_err(|e| format!("{}: {e}", page.display()))?;
        // Kept beside the crate: its target directory goes when measured.
        let kept = self
            .dir
            .join(format!("cargo-timing-{}.html", profile.name()));
        std::fs::write(&kept, &html).map_err(|e| format!("{}: {e}", kept.display()))?;
        Ok(Build {
            seconds,
            timings: Timings::parse(&html).map_err(|e| format!("{}: {e}", page.display()))?,
        })
    }
}

/// How many of the run's builds are done, for the progress lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Builds started so far.
    pub done: usize,
    /// Builds in the whole run.
    pub total: usize,
}

impl Crate {
    /// `runs` cold builds of each profile, debug and release taking turns,
    /// with a progress line for each; the median of each profile.
    pub fn measure(
        &self,
        label: &str,
        runs: usize,
        progress: &mut Progress,
    ) -> Result<Measured, String> {
        let mut debug = Vec::new();
        let mut release = Vec::new();
        for run in 1..=runs {
            for profile in [Profile::Debug, Profile::Release] {
                progress.done += 1;
                eprintln!(
                    "[{}/{}] {label}: cold {} build{}",
                    progress.done,
                    progress.total,
                    profile.name(),
                    match runs {
                        1 => String::new(),
                        runs => format!(", run {run} of {runs}"),
                    }
                );
                let build = self.cold_build(profile)?;
                eprintln!(
                    "    {:.1} s, {} crates, {} units",
                    build.seconds,
                    build.timings.crates(),
                    build.timings.units.len()
                );
                match profile {
                    Profile::Debug => debug.push(build),
                    Profile::Release => release.push(build),
                }
            }
        }
        // A built target directory is a gigabyte or more; six of them
        // would fill a small disk.
        let target = self.target();
        std::fs::remove_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
        match (median(debug), median(release)) {
            (Some(debug), Some(release)) => Ok(Measured { debug, release }),
            _ => Err("no build was run".into()),
        }
    }
}

/// The build with the median time of `builds` (the lower middle one of an
/// even count); `None` when there are none.
pub fn median(mut builds: Vec<Build>) -> Option<Build> {
    builds.sort_by(|a, b| a.seconds.total_cmp(&b.seconds));
    let middle = builds.len().checked_sub(1)? / 2;
    Some(builds.swap_remove(middle))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(seconds: f64) -> Build {
        Build {
            seconds,
            timings: Timings { units: Vec::new() },
        }
    }

    /// A crate of no dependencies in a fresh directory, its `main.rs`
    /// as given.
    fn tiny_crate(name: &str, main: &str) -> Crate {
        let dir = std::env::temp_dir().join(format!("xtask-measure-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src")).unwrap();
        std::fs::write(
            dir.join("Cargo.toml"),
            format!("[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[workspace]\n"),
        )
        .unwrap();
        std::fs::write(dir.join("src/main.rs"), main).unwrap();
        Crate { dir }
    }

    #[test]
    fn measures_real_cold_builds_and_clears_the_target_directory() {
        let hello = tiny_crate("tiny-hello", "fn main() { println!(\"hello\"); }\n");
        hello.fetch().unwrap();
        let mut progress = Progress { done: 0, total: 2 };
        let measured = hello.measure("tiny", 1, &mut progress).unwrap();
        assert_eq!(progress.done, 2);
        for build in [&measured.debug, &measured.release] {
            assert_eq!(build.timings.crates(), 1, "{build:?}");
            let own = build.timings.own_code("tiny-hello").unwrap();
            assert!(own.duration > 0.0, "{own:?}");
            // cargo's own start-up and linking are in the wall clock.
            assert!(build.seconds >= own.duration, "{build:?}");
        }
        assert!(!hello.target().exists(), "the target directory is cleared");
        for profile in ["debug", "release"] {
            let kept = hello.dir.join(format!("cargo-timing-{profile}.html"));
            let page = std::fs::read_to_string(&kept).unwrap();
            assert!(
                Timings::parse(&page)
                    .unwrap()
                    .own_code("tiny-hello")
                    .is_some()
            );
        }
        std::fs::remove_dir_all(&hello.dir).unwrap();
    }

    #[test]
    fn a_build_that_fails_fails_the_measurement() {
        let broken = tiny_crate("tiny-broken", "fn main() { not rust }\n");
        broken.fetch().unwrap();
        let error = broken.cold_build(Profile::Debug).unwrap_err();
        assert!(error.contains("failed"), "{error}");
        assert!(error.contains("tiny-broken"), "{error}");
        std::fs::remove_dir_all(&broken.dir).unwrap();
    }

    #[test]
    fn the_median_build_is_the_middle_one_by_time() {
        let times = |builds: Vec<Build>| median(builds).map(|b| b.seconds);
        assert_eq!(times(vec![build(40.0)]), Some(40.0));
        assert_eq!(
            times(vec![build(41.0), build(39.0), build(60.0)]),
            Some(41.0)
        );
        assert_eq!(times(vec![build(41.0), build(39.0)]), Some(39.0));
        assert_eq!(times(Vec::new()), None);
    }
}
