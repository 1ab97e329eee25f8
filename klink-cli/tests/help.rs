//! The command tree as a user meets it, for review: `klink --help` and every
//! subcommand's `--help`. A change to the spec or to codegen that changes
//! the CLI shows up here as a readable diff.

use std::process::Command;

fn help(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_klink"))
        .args(args)
        .arg("--help")
        .env_remove(klink_api::TOKEN_VAR)
        .env_remove(klink_api::BASE_URL_VAR)
        .output()
        .expect("klink starts");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// The subcommands `klink --help` lists: the indented first word of each
/// line under "Commands, by the API's sections:", up to "Options:".
fn listed_subcommands(root_help: &str) -> Vec<String> {
    root_help
        .lines()
        .skip_while(|line| !line.starts_with("Commands"))
        .take_while(|line| !line.starts_with("Options:"))
        .filter(|line| line.starts_with("  "))
        .filter_map(|line| line.split_whitespace().next().map(str::to_owned))
        .collect()
}

#[test]
fn help_tree() {
    let root = help(&[]);
    let subcommands = listed_subcommands(&root);
    assert!(subcommands.contains(&"send-message".to_owned()), "{root}");
    let mut tree = format!("$ klink --help\n{root}");
    for subcommand in &subcommands {
        tree.push_str(&format!(
            "\n$ klink {subcommand} --help\n{}",
            help(&[subcommand])
        ));
    }
    insta::assert_snapshot!("help_tree", tree);
}
