//! The modules of `codegen`, `klink-api`, `klink-cli` and `xtask` import
//! one way: no module reaches, directly or through others, back to itself.
//! codegen's also follow its pipeline: no module imports from a later
//! stage.
//!
//! Each crate's modules are found from its root file through its `mod`
//! items (in files, `#[path]` ones included, or inline) and parsed with
//! syn. A module's edges are every path it names that starts at `crate`,
//! `self`, `super` or a child module (in `use` items, in code, and in macro
//! arguments), resolved to the longest prefix that is a module of the
//! crate; a path to an item of the crate root is an edge to the root,
//! which declares every module, so going through the root's re-exports is
//! a circle too. Test code (`#[cfg(test)]`) is left out: tests may use the
//! whole crate; so is the code codegen writes (`quote!`), whose `crate` is
//! another crate.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::{self, Visit};

/// A module by its path from the crate root (`["spec", "check"]`); the
/// root is the empty path.
type Module = Vec<String>;

/// codegen's top-level modules by stage, in pipeline order (the table in
/// `codegen/src/lib.rs`): a module may import from its own stage and the
/// ones before, never from a later one. The root (`""`) is the last stage:
/// it declares and re-exports everything. A new top-level module must be
/// placed here.
const CODEGEN_STAGES: &[&[&str]] = &[
    &["error", "pointer", "syntax", "items"],
    &["spec"],
    &["model"],
    &["progenitor"],
    &["emit"],
    &["print"],
    &["report"],
    &["", "files"],
];

#[test]
fn codegen_modules_import_one_way() {
    assert_acyclic(&workspace().join("codegen/src"), "lib.rs", 10);
}

#[test]
fn codegen_modules_import_only_from_their_stage_and_earlier_ones() {
    let src = workspace().join("codegen/src");
    let wrong = backward_imports(&module_graph(&src, "lib.rs"), CODEGEN_STAGES);
    assert!(
        wrong.is_empty(),
        "{}: imports against the pipeline's order:\n{}",
        src.display(),
        wrong.join("\n")
    );
}

/// The generated code counts as two modules, the types and the client:
/// inside each, a module and its `builder` name each other, as progenitor
/// lays them out.
#[test]
fn klink_api_modules_import_one_way() {
    let src = workspace().join("klink-api/src");
    let graph = collapsed(
        module_graph(&src, "lib.rs"),
        &[&["generated", "types"], &["generated"]],
    );
    assert_no_circle(&src, &graph, 10);
}

#[test]
fn klink_cli_modules_import_one_way() {
    assert_acyclic(&workspace().join("klink-cli/src"), "main.rs", 4);
}

/// Both of xtask's crates: the library and the binary, which uses the
/// library by name (not an edge) and may have modules of its own.
#[test]
fn xtask_modules_import_one_way() {
    let src = workspace().join("xtask/src");
    assert_acyclic(&src, "lib.rs", 10);
    assert_acyclic(&src, "main.rs", 1);
}

/// The checker finds the circles it is meant to find.
#[test]
fn a_circle_through_a_child_or_the_root_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write("lib.rs", "mod a; mod b; pub use a::A;");
    write(
        "a/mod.rs",
        "pub struct A; mod inner; fn f() { super::b::g(); }",
    );
    write("a/inner.rs", "use crate::a::A;");
    write("b.rs", "pub fn g() { let _ = crate::a::A; }");
    let graph = module_graph(dir.path(), "lib.rs");
    assert_eq!(cycle(&graph), Some(vec!["a".to_owned(), "b".to_owned()]));

    // A name the root re-exports is the module's it comes from.
    write("b.rs", "pub fn g() { let _ = crate::A; }");
    let graph = module_graph(dir.path(), "lib.rs");
    assert_eq!(cycle(&graph), Some(vec!["a".to_owned(), "b".to_owned()]));

    // An item the root defines is the root's, and the root declares
    // every module.
    write("lib.rs", "mod a; mod b; pub use a::A; pub fn r() {}");
    write("b.rs", "pub fn g() { crate::r(); }");
    let graph = module_graph(dir.path(), "lib.rs");
    assert_eq!(
        cycle(&graph),
        Some(vec!["".to_owned(), "a".to_owned(), "b".to_owned()])
    );

    // Two separate circles are two groups, each reported.
    write("lib.rs", "mod a; mod b; mod c; mod d;");
    write("b.rs", "pub fn g() { let _ = crate::a::A; }");
    write("c.rs", "pub fn h() { super::d::k(); }");
    write("d.rs", "pub fn k() { super::c::h(); }");
    let groups = circle_groups(&module_graph(dir.path(), "lib.rs"));
    let circles: Vec<_> = groups.iter().filter_map(cycle).collect();
    assert_eq!(circles, [["a", "b"], ["c", "d"]]);

    write(
        "b.rs",
        "pub fn g() {} #[cfg(test)] mod tests { use crate::A; }",
    );
    write("lib.rs", "mod a; mod b;");
    assert_eq!(cycle(&module_graph(dir.path(), "lib.rs")), None);
}

/// The stage check finds an import from a later stage, through the root's
/// re-exports too, and a module placed in no stage.
#[test]
fn an_import_from_a_later_stage_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    const STAGES: &[&[&str]] = &[&["early"], &["middle"], &["late"], &[""]];
    write(
        "lib.rs",
        "mod early; mod middle; mod late; pub use late::L;",
    );
    write("early.rs", "pub struct E;");
    write("middle.rs", "use crate::early::E; pub fn m() -> E { E }");
    write("late.rs", "pub struct L; fn f() { super::middle::m(); }");
    let graph = module_graph(dir.path(), "lib.rs");
    assert_eq!(backward_imports(&graph, STAGES), Vec::<String>::new());

    write("early.rs", "pub struct E; fn f() { crate::middle::m(); }");
    write(
        "middle.rs",
        "use crate::early::E; pub fn m() -> E { let _ = crate::L; E }",
    );
    let graph = module_graph(dir.path(), "lib.rs");
    assert_eq!(
        backward_imports(&graph, STAGES),
        [
            "early -> middle: stage 0 (early) imports from stage 1 (middle)",
            // `crate::L` is `late`'s, re-exported by the root.
            "middle -> late: stage 1 (middle) imports from stage 2 (late)",
        ]
    );

    write("lib.rs", "mod early; mod middle; mod late; mod stray;");
    write("stray.rs", "");
    write("early.rs", "pub struct E;");
    write("middle.rs", "use crate::early::E; pub fn m() -> E { E }");
    let graph = module_graph(dir.path(), "lib.rs");
    assert_eq!(
        backward_imports(&graph, STAGES),
        ["`stray` is in no stage: place it in the list of stages"]
    );
}

/// Modules are found through `mod` items: a `#[path]` file, an inline
/// module (whose `super` is its file's module), a file no `mod` names
/// (not a module) and a test-only module (left out).
#[test]
fn modules_are_found_through_their_mod_items() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "lib.rs",
        "mod a; #[path = \"other.rs\"] pub mod b; #[cfg(test)] mod tests;",
    );
    write(
        "a.rs",
        "mod inner { pub fn f() { super::g(); } } mod c; fn g() {}",
    );
    write("a/c.rs", "use crate::b::B;");
    write("other.rs", "pub struct B;");
    write("stray.rs", "use crate::a::g;");
    write("tests.rs", "use crate::a::g;");
    let graph = module_graph(dir.path(), "lib.rs");
    let module = |path: &str| -> Module {
        path.split("::")
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let edges: BTreeMap<Module, BTreeSet<Module>> = [
        ("", vec![]),
        ("a", vec![]),
        ("a::inner", vec!["a"]),
        ("a::c", vec!["b"]),
        ("b", vec![]),
    ]
    .into_iter()
    .map(|(from, to)| (module(from), to.into_iter().map(module).collect()))
    .collect();
    assert_eq!(graph, edges);
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Fails, naming one circle of each group of modules that import each
/// other, when the crate with root file `root` under `src` has any;
/// `at_least` modules must be found (a wrong path finds only the root).
fn assert_acyclic(src: &Path, root: &str, at_least: usize) {
    assert_no_circle(src, &module_graph(src, root), at_least);
}

/// `graph` with every module under one of `units` merged into the first
/// unit it falls under: their edges are its edges, edges to them are
/// edges to it.
fn collapsed(graph: Graph, units: &[&[&str]]) -> Graph {
    let merge = |module: Module| -> Module {
        units
            .iter()
            .find(|unit| module.len() >= unit.len() && module[..unit.len()] == ***unit)
            .map_or(module.clone(), |unit| {
                unit.iter().map(|part| (*part).to_owned()).collect()
            })
    };
    let mut out = Graph::new();
    for (module, targets) in graph {
        let module = merge(module);
        let targets: BTreeSet<Module> = targets.into_iter().map(merge).collect();
        out.entry(module.clone())
            .or_default()
            .extend(targets.into_iter().filter(|target| *target != module));
    }
    out
}

/// [`assert_acyclic`] for a graph already made.
fn assert_no_circle(src: &Path, graph: &Graph, at_least: usize) {
    assert!(
        graph.len() >= at_least,
        "{} modules found under {}, expected at least {at_least}",
        graph.len(),
        src.display()
    );
    let name = |module: &str| match module.is_empty() {
        true => "crate".to_owned(),
        false => module.to_owned(),
    };
    let circles: Vec<String> = circle_groups(graph)
        .iter()
        .filter_map(|group| {
            let circle: Vec<String> = cycle(group)?.iter().map(|m| name(m)).collect();
            let members: Vec<String> = group.keys().map(|m| name(&m.join("::"))).collect();
            Some(format!(
                "{} -> {} (of the {} modules that reach each other: {})",
                circle.join(" -> "),
                circle[0],
                members.len(),
                members.join(", ")
            ))
        })
        .collect();
    assert!(
        circles.is_empty(),
        "{}: modules import in circles:\n{}",
        src.display(),
        circles.join("\n")
    );
}

/// The groups of modules that reach each other (strongly connected, two
/// modules or more), each as the graph of its own edges.
fn circle_groups(graph: &Graph) -> Vec<Graph> {
    let reachable = |from: &Module| {
        let mut seen = BTreeSet::new();
        let mut next = vec![from.clone()];
        while let Some(module) = next.pop() {
            for target in graph.get(&module).into_iter().flatten() {
                if seen.insert(target.clone()) {
                    next.push(target.clone());
                }
            }
        }
        seen
    };
    let reach: BTreeMap<&Module, BTreeSet<Module>> = graph
        .keys()
        .map(|module| (module, reachable(module)))
        .collect();
    let mut grouped = BTreeSet::new();
    let mut groups = Vec::new();
    for module in graph.keys() {
        if grouped.contains(module) || !reach[module].contains(module) {
            continue;
        }
        let members: BTreeSet<Module> = reach[module]
            .iter()
            .filter(|other| reach[*other].contains(module))
            .cloned()
            .collect();
        grouped.extend(members.iter().cloned());
        let edges = members
            .iter()
            .map(|member| {
                let inside = graph[member].intersection(&members).cloned().collect();
                (member.clone(), inside)
            })
            .collect();
        groups.push(edges);
    }
    groups
}

/// The modules of a crate and, for each, the modules it names.
type Graph = BTreeMap<Module, BTreeSet<Module>>;

/// Every module reachable from the root file `root` under `src` (through
/// `mod` items, in files or inline, outside `#[cfg(test)]`) with the
/// modules it names.
///
/// A path to a name the root only re-exports (`crate::Timestamp`, where
/// the root says `pub use timestamp::Timestamp`) is an edge to the module
/// it comes from, which is what the code depends on; a path to an item the
/// root defines is an edge to the root.
fn module_graph(src: &Path, root: &str) -> Graph {
    let mut found = BTreeMap::new();
    load_file(&src.join(root), Vec::new(), src, &mut found);
    let known: BTreeSet<Module> = found.keys().cloned().collect();
    let reexports = root_reexports(&src.join(root), &known);
    found
        .iter()
        .map(|(module, paths)| {
            let targets = paths
                .iter()
                .filter_map(|path| resolve(module, path, &known))
                .filter_map(|target| through_reexport(target, &reexports))
                .filter(|target| target != module)
                .collect();
            (module.clone(), targets)
        })
        .collect()
}

/// An edge's target as [`resolve`] gives it, with a path that ends at the
/// root followed to the module the root re-exports the name from (`None`
/// for a name re-exported from another crate).
fn through_reexport(
    (target, next): (Module, Option<String>),
    reexports: &BTreeMap<String, Option<Module>>,
) -> Option<Module> {
    match (
        target.is_empty(),
        next.and_then(|name| reexports.get(&name)),
    ) {
        (true, Some(source)) => source.clone(),
        _ => Some(target),
    }
}

/// The names the root file imports (`use` items outside `#[cfg(test)]`),
/// each with the crate module it comes from (`None` for another crate's).
fn root_reexports(file: &Path, known: &BTreeSet<Module>) -> BTreeMap<String, Option<Module>> {
    fn flatten(
        tree: &syn::UseTree,
        prefix: &mut Vec<String>,
        out: &mut Vec<(String, Vec<String>)>,
    ) {
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(path.ident.to_string());
                flatten(&path.tree, prefix, out);
                prefix.pop();
            }
            syn::UseTree::Name(name) => {
                let full = [prefix.as_slice(), &[name.ident.to_string()]].concat();
                out.push((name.ident.to_string(), full));
            }
            syn::UseTree::Rename(rename) => {
                let full = [prefix.as_slice(), &[rename.ident.to_string()]].concat();
                out.push((rename.rename.to_string(), full));
            }
            syn::UseTree::Group(group) => {
                for tree in &group.items {
                    flatten(tree, prefix, out);
                }
            }
            syn::UseTree::Glob(_) => {}
        }
    }
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let syntax = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let mut names = Vec::new();
    for item in &syntax.items {
        if let syn::Item::Use(item) = item
            && !is_test_only(&item.attrs)
        {
            flatten(&item.tree, &mut Vec::new(), &mut names);
        }
    }
    names
        .into_iter()
        .map(|(name, path)| {
            let source = resolve(&Vec::new(), &path, known)
                .map(|(module, _)| module)
                .filter(|module| !module.is_empty());
            (name, source)
        })
        .collect()
}

/// The paths each module names, as read so far.
type Found = BTreeMap<Module, Vec<Vec<String>>>;

/// Reads `file`, the file of `module`, whose child modules' files are
/// under `dir`.
fn load_file(file: &Path, module: Module, dir: &Path, found: &mut Found) {
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let syntax = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    walk_items(&syntax.items, module, dir, file.parent(), found);
}

/// The items of `module`: its child modules are read in turn, every other
/// item's paths are the module's. `file_dir` is the directory of the
/// file the items are the top level of (`#[path]` starts there); `None`
/// inside an inline module.
fn walk_items(
    items: &[syn::Item],
    module: Module,
    dir: &Path,
    file_dir: Option<&Path>,
    found: &mut Found,
) {
    let mut paths = Paths::default();
    for item in items {
        let syn::Item::Mod(child) = item else {
            paths.visit_item(item);
            continue;
        };
        if is_test_only(&child.attrs) {
            continue;
        }
        let name = child.ident.to_string();
        let mut child_module = module.clone();
        child_module.push(name.clone());
        let child_dir = dir.join(&name);
        match (&child.content, path_attribute(&child.attrs)) {
            (Some((_, items)), _) => walk_items(items, child_module, &child_dir, None, found),
            // A `#[path]` file is read as a `mod.rs` is: its children beside it.
            (None, Some(path)) => {
                let file = file_dir.unwrap_or(dir).join(path);
                let beside = file.parent().unwrap().to_owned();
                load_file(&file, child_module, &beside, found);
            }
            (None, None) => {
                let flat = dir.join(format!("{name}.rs"));
                let file = match flat.is_file() {
                    true => flat,
                    false => child_dir.join("mod.rs"),
                };
                load_file(&file, child_module, &child_dir, found);
            }
        }
    }
    found.entry(module).or_default().extend(paths.found);
}

/// The file a `#[path = "..."]` attribute names.
fn path_attribute(attrs: &[syn::Attribute]) -> Option<String> {
    attrs.iter().find_map(|attr| match &attr.meta {
        syn::Meta::NameValue(pair) if pair.path.is_ident("path") => match &pair.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(path),
                ..
            }) => Some(path.value()),
            _ => None,
        },
        _ => None,
    })
}

/// The module a path names, from inside `module`: the longest prefix of
/// the absolute path that is a module (the root when none is), with the
/// segment that follows it.
fn resolve(
    module: &Module,
    path: &[String],
    known: &BTreeSet<Module>,
) -> Option<(Module, Option<String>)> {
    let first = path.first()?;
    let (mut absolute, mut rest): (Module, &[String]) = match first.as_str() {
        "crate" => (Vec::new(), &path[1..]),
        "self" => (module.clone(), &path[1..]),
        "super" => (
            module[..module.len().saturating_sub(1)].to_vec(),
            &path[1..],
        ),
        // A child module named without `self::` (`use a::A;` in the root).
        _ if known.contains(&[module.as_slice(), std::slice::from_ref(first)].concat()) => {
            (module.clone(), path)
        }
        _ => return None,
    };
    while rest.first().is_some_and(|segment| segment == "super") {
        absolute.pop();
        rest = &rest[1..];
    }
    absolute.extend(rest.iter().cloned());
    (0..=absolute.len())
        .rev()
        .find(|len| known.contains(&absolute[..*len]))
        .map(|len| (absolute[..len].to_vec(), absolute.get(len).cloned()))
}

/// A circle in the graph, as the modules on it (`""` for the root), the
/// smallest first; `None` when the graph is acyclic.
fn cycle(graph: &Graph) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Open,
        Done,
    }
    fn visit(
        graph: &Graph,
        module: &Module,
        state: &mut BTreeMap<Module, State>,
        stack: &mut Vec<Module>,
    ) -> Option<Vec<Module>> {
        match state.get(module) {
            Some(State::Done) => return None,
            Some(State::Open) => {
                let at = stack.iter().position(|m| m == module).unwrap();
                return Some(stack[at..].to_vec());
            }
            None => {}
        }
        state.insert(module.clone(), State::Open);
        stack.push(module.clone());
        for target in graph.get(module).into_iter().flatten() {
            if let Some(circle) = visit(graph, target, state, stack) {
                return Some(circle);
            }
        }
        stack.pop();
        state.insert(module.clone(), State::Done);
        None
    }
    let mut state = BTreeMap::new();
    for module in graph.keys() {
        if let Some(circle) = visit(graph, module, &mut state, &mut Vec::new()) {
            let mut names: Vec<String> = circle.iter().map(|m| m.join("::")).collect();
            let first = (0..names.len()).min_by_key(|&i| names[i].clone()).unwrap();
            names.rotate_left(first);
            return Some(names);
        }
    }
    None
}

/// Every edge from a module to one of a later stage in `stages` (by
/// top-level module, the root `""`), as `from -> to` with both stages;
/// and every top-level module that is in no stage.
fn backward_imports(graph: &Graph, stages: &[&[&str]]) -> Vec<String> {
    let top = |module: &Module| module.first().map_or(String::new(), Clone::clone);
    let stage = |module: &Module| {
        stages
            .iter()
            .position(|s| s.contains(&top(module).as_str()))
    };
    let name = |module: &Module| match module.is_empty() {
        true => "crate".to_owned(),
        false => module.join("::"),
    };
    let members = |stage: usize| {
        let names = stages[stage]
            .iter()
            .map(|m| if m.is_empty() { "crate" } else { m });
        names.collect::<Vec<_>>().join(", ")
    };
    let unstaged: BTreeSet<String> = graph
        .keys()
        .filter(|module| stage(module).is_none())
        .map(top)
        .collect();
    let mut wrong: Vec<String> = unstaged
        .into_iter()
        .map(|module| format!("`{module}` is in no stage: place it in the list of stages"))
        .collect();
    for (from, targets) in graph {
        for to in targets {
            if let (Some(own), Some(other)) = (stage(from), stage(to))
                && other > own
            {
                wrong.push(format!(
                    "{} -> {}: stage {own} ({}) imports from stage {other} ({})",
                    name(from),
                    name(to),
                    members(own),
                    members(other)
                ));
            }
        }
    }
    wrong
}

/// The paths a module's items name, outside `#[cfg(test)]` items.
#[derive(Default)]
struct Paths {
    found: Vec<Vec<String>>,
}

impl Paths {
    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(path.ident.to_string());
                self.use_tree(prefix, &path.tree);
                prefix.pop();
            }
            syn::UseTree::Name(name) => self.leaf(prefix, &name.ident),
            syn::UseTree::Rename(rename) => self.leaf(prefix, &rename.ident),
            syn::UseTree::Glob(_) => self.found.push(prefix.clone()),
            syn::UseTree::Group(group) => {
                for tree in &group.items {
                    self.use_tree(prefix, tree);
                }
            }
        }
    }

    fn leaf(&mut self, prefix: &[String], ident: &syn::Ident) {
        let mut path = prefix.to_vec();
        // `use crate::a::{self}` names `a`.
        if ident != "self" {
            path.push(ident.to_string());
        }
        self.found.push(path);
    }

    /// `crate :: a :: b` sequences in macro arguments.
    fn tokens(&mut self, tokens: TokenStream) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut i = 0;
        while i < trees.len() {
            match &trees[i] {
                TokenTree::Group(group) => self.tokens(group.stream()),
                TokenTree::Ident(ident)
                    if ["crate", "self", "super"].contains(&&*ident.to_string()) =>
                {
                    let mut path = vec![ident.to_string()];
                    let mut j = i + 1;
                    while let (
                        Some(TokenTree::Punct(a)),
                        Some(TokenTree::Punct(b)),
                        Some(TokenTree::Ident(next)),
                    ) = (trees.get(j), trees.get(j + 1), trees.get(j + 2))
                    {
                        if a.as_char() != ':' || b.as_char() != ':' {
                            break;
                        }
                        path.push(next.to_string());
                        j += 3;
                    }
                    if path.len() > 1 {
                        self.found.push(path);
                    }
                    i = j;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
    }
}

fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("cfg")
            && attr
                .parse_args::<syn::Meta>()
                .is_ok_and(|meta| meta.path().is_ident("test"))
    })
}

impl<'ast> Visit<'ast> for Paths {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        let attrs = match item {
            syn::Item::Mod(item) => &item.attrs,
            syn::Item::Use(item) => &item.attrs,
            syn::Item::Fn(item) => &item.attrs,
            syn::Item::Impl(item) => &item.attrs,
            _ => return visit::visit_item(self, item),
        };
        if !is_test_only(attrs) {
            visit::visit_item(self, item);
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        self.use_tree(&mut Vec::new(), &item.tree);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        // A lone `crate`, `self` or `super` names no item: `pub(crate)`,
        // a method's receiver.
        if path.leading_colon.is_none() && path.segments.len() > 1 {
            self.found
                .push(path.segments.iter().map(|s| s.ident.to_string()).collect());
        }
        visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        // `quote!` and `parse_quote!` hold code being generated, whose
        // `crate` is another crate.
        let generated = mac.path.segments.last().is_some_and(|last| {
            ["quote", "quote_spanned", "parse_quote"].contains(&&*last.ident.to_string())
        });
        if generated {
            return;
        }
        self.tokens(mac.tokens.clone());
        visit::visit_macro(self, mac);
    }
}
