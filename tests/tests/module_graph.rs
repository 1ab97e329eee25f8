//! The modules of `codegen` and of `klink-cli` import one way: no module
//! reaches, directly or through others, back to itself.
//!
//! Each crate's sources are parsed with syn. A module's edges are every
//! path it names that starts at `crate`, `self`, `super` or a child module
//! (in `use` items, in code, and in macro arguments), resolved to the longest
//! prefix that is a module of the crate; a path to an item of the crate
//! root is an edge to the root, which declares every module, so going
//! through the root's re-exports is a circle too. Test code
//! (`#[cfg(test)]`) is left out: tests may use the whole crate; so is the
//! code codegen writes (`quote!`), whose `crate` is another crate.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::{self, Visit};

/// A module by its path from the crate root (`["spec", "check"]`); the
/// root is the empty path.
type Module = Vec<String>;

#[test]
fn codegen_modules_import_one_way() {
    assert_acyclic(&workspace().join("codegen/src"), "lib.rs");
}

#[test]
fn klink_cli_modules_import_one_way() {
    assert_acyclic(&workspace().join("klink-cli/src"), "main.rs");
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

    write("b.rs", "pub fn g() { let _ = crate::A; }");
    let graph = module_graph(dir.path(), "lib.rs");
    assert_eq!(
        cycle(&graph),
        Some(vec!["".to_owned(), "a".to_owned(), "b".to_owned()])
    );

    write(
        "b.rs",
        "pub fn g() {} #[cfg(test)] mod tests { use crate::A; }",
    );
    write("lib.rs", "mod a; mod b;");
    assert_eq!(cycle(&module_graph(dir.path(), "lib.rs")), None);
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn assert_acyclic(src: &Path, root: &str) {
    let graph = module_graph(src, root);
    assert!(graph.len() > 3, "no modules found under {}", src.display());
    if let Some(circle) = cycle(&graph) {
        panic!(
            "{}: modules import in a circle: {} -> {}",
            src.display(),
            circle.join(" -> "),
            circle[0]
        );
    }
}

/// Every module of the crate under `src` with the modules it names.
fn module_graph(src: &Path, root: &str) -> BTreeMap<Module, BTreeSet<Module>> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let modules: BTreeMap<Module, PathBuf> = files
        .into_iter()
        .map(|file| (module_of(src, &file, root), file))
        .collect();
    let known: BTreeSet<Module> = modules.keys().cloned().collect();
    modules
        .iter()
        .map(|(module, file)| {
            let text = std::fs::read_to_string(file).unwrap();
            let syntax =
                syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let mut paths = Paths::default();
            paths.visit_file(&syntax);
            let targets = paths
                .found
                .iter()
                .filter_map(|path| resolve(module, path, &known))
                .filter(|target| target != module)
                .collect();
            (module.clone(), targets)
        })
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// `a/b.rs` and `a/b/mod.rs` -> `["a", "b"]`; the root file -> `[]`.
fn module_of(src: &Path, file: &Path, root: &str) -> Module {
    let relative = file.strip_prefix(src).unwrap();
    let mut module: Module = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if module.last().is_some_and(|last| last == "mod") || relative == Path::new(root) {
        module.pop();
    }
    module
}

/// The module a path names, from inside `module`: the longest prefix of
/// the absolute path that is a module (the root when none is).
fn resolve(module: &Module, path: &[String], known: &BTreeSet<Module>) -> Option<Module> {
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
        .map(|len| absolute[..len].to_vec())
        .find(|prefix| known.contains(prefix))
}

/// A circle in the graph, as the modules on it (`""` for the root), the
/// smallest first; `None` when the graph is acyclic.
fn cycle(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Open,
        Done,
    }
    fn visit(
        graph: &BTreeMap<Module, BTreeSet<Module>>,
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

/// The paths a file names, outside `#[cfg(test)]` items.
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
