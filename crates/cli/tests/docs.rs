//! The documentation's commands name what the binary has: every `swan …` command in
//! README.md, BENCHMARKS.md, docs/*.md, the Markdown and shell scripts under docs/results and
//! bench/, names subcommands and flags that `swan … --help` lists.
//!
//! Commands are read from ```sh / ```bash / ```console blocks, from inline code spans that start
//! with `swan `, and from whole shell scripts (where `$SWAN`, `$B`, … count as swan when the
//! script assigns them a path ending in `swan`). A fenced block that documents a command as it
//! once was is preceded by the line `<!-- docs-check: skip -->` (with a reason after `skip`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// What `swan <path…> --help` lists: subcommands and long flags.
#[derive(Default, Clone)]
struct HelpPage {
    /// The help text as printed.
    text: String,
    subcommands: BTreeSet<String>,
    flags: BTreeSet<String>,
    /// The `[possible values: …]` of flags that take one of a fixed set.
    values: BTreeMap<String, BTreeSet<String>>,
}

fn parse_help(text: &str) -> HelpPage {
    let mut page = HelpPage {
        text: text.to_string(),
        ..HelpPage::default()
    };
    let mut in_commands = false;
    let mut current: Option<String> = None;
    let mut possible: Option<String> = None;
    for line in text.lines() {
        if let Some(list) = &mut possible {
            list.push(' ');
            list.push_str(line.trim());
        } else if let Some((_, rest)) = line.split_once("[possible values:") {
            possible = Some(rest.trim().to_string());
        }
        if let Some(list) = possible.take_if(|l| l.contains(']')) {
            let list = list.split(']').next().unwrap_or_default();
            if let Some(flag) = &current {
                let values = list.split(',').map(|v| v.trim().to_string());
                page.values.insert(flag.clone(), values.collect());
            }
            continue;
        }
        if possible.is_some() {
            continue;
        }
        if line.starts_with("Commands:") {
            in_commands = true;
            continue;
        }
        if in_commands {
            // "  name  description"; continuation lines are indented further.
            match line.strip_prefix("  ") {
                Some(rest) if !rest.starts_with(' ') && !rest.is_empty() => {
                    let name = rest.split_whitespace().next().unwrap_or_default();
                    page.subcommands.insert(name.to_string());
                    continue;
                }
                Some(_) => continue,
                None => in_commands = false,
            }
        }
        let trimmed = line.trim_start();
        if trimmed.starts_with('-') && line.len() - trimmed.len() <= 6 {
            // "-v, --verbose...", "--threads <THREADS>", "--out <FILE>  description"
            let definition = trimmed.split("  ").next().unwrap_or_default();
            current = None;
            for word in definition.split([' ', ',']) {
                if let Some(flag) = long_flag(word) {
                    current.get_or_insert_with(|| flag.clone());
                    page.flags.insert(flag);
                }
            }
        }
    }
    page
}

/// `--name` out of `--name`, `--name=value`, `--name...`, `--name<...>`.
fn long_flag(word: &str) -> Option<String> {
    let name = word.strip_prefix("--")?;
    let name: String = name
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let starts_well = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    starts_well.then(|| format!("--{name}"))
}

struct Help {
    pages: BTreeMap<Vec<String>, Option<HelpPage>>,
}

impl Help {
    /// The help page of a subcommand path, `None` when `--help` fails (no such subcommand).
    fn page(&mut self, path: &[String]) -> Option<HelpPage> {
        self.pages
            .entry(path.to_vec())
            .or_insert_with(|| {
                let out = Command::new(env!("CARGO_BIN_EXE_swan"))
                    .args(path)
                    .arg("--help")
                    .env("NO_COLOR", "1")
                    .output()
                    .expect("runs swan --help");
                out.status
                    .success()
                    .then(|| parse_help(&String::from_utf8_lossy(&out.stdout)))
            })
            .clone()
    }
}

/// One command as written, with where it was found.
struct Found {
    place: String,
    words: Vec<String>,
}

/// Shell text → commands that invoke swan. `invokers` are words that stand for the binary
/// (`swan`, `$SWAN`, …).
fn shell_commands(text: &str, place: &str, invokers: &BTreeSet<String>, out: &mut Vec<Found>) {
    let joined = text.replace("\\\n", " ");
    for (n, line) in joined.lines().enumerate() {
        let code = strip_comment(line);
        for segment in code.split(['|', ';', '&', '(', ')', '`']) {
            let words: Vec<String> = segment
                .split_whitespace()
                .map(|w| w.trim_matches(|c| c == '"' || c == '\'').to_string())
                .collect();
            // `for b in swan gputest` names the binary without running it.
            let runs =
                |at: usize| is_invoker(&words[at], invokers) && (at == 0 || words[at - 1] != "in");
            if let Some(at) = (0..words.len()).find(|&at| runs(at)) {
                out.push(Found {
                    place: format!("{place} (line {} of its text)", n + 1),
                    words: words[at + 1..].to_vec(),
                });
            }
        }
    }
}

fn strip_comment(line: &str) -> &str {
    let mut previous = ' ';
    for (i, c) in line.char_indices() {
        if c == '#' && previous.is_whitespace() {
            return &line[..i];
        }
        previous = c;
    }
    line
}

fn is_invoker(word: &str, invokers: &BTreeSet<String>) -> bool {
    word == "swan" || word.ends_with("/swan") || invokers.contains(word)
}

/// Variables a script assigns the binary to: `SWAN=${SWAN:-./target/release/swan}`,
/// `B=/tmp/swan`, `S=swan`, `SWAN=$(realpath "${SWAN:-target/release/swan}")`.
fn script_invokers(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for line in text.lines() {
        for assignment in line.split(';') {
            let assignment = assignment.trim().trim_start_matches("export ");
            let Some((name, value)) = assignment.split_once('=') else {
                continue;
            };
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_uppercase() || c == '_') {
                continue;
            }
            let value = value.trim_end_matches([')', '}', '"', '\'']);
            if value == "swan" || value.ends_with("/swan") || value.ends_with(":-swan") {
                names.insert(format!("${name}"));
                names.insert(format!("${{{name}}}"));
            }
        }
    }
    names
}

/// Commands in a Markdown file: fenced shell blocks and inline `swan …` spans.
fn markdown_commands(text: &str, place: &str, out: &mut Vec<Found>) {
    let invokers = BTreeSet::new();
    let mut block: Option<(usize, bool, String)> = None;
    let mut previous = "";
    for (n, line) in text.lines().enumerate() {
        let fence = line.trim_start().strip_prefix("```");
        match (&mut block, fence) {
            (None, Some(info)) => {
                let shell = matches!(info.trim(), "sh" | "bash" | "console" | "shell");
                let skipped = previous.trim().starts_with("<!-- docs-check: skip");
                block = Some((n + 1, shell && !skipped, String::new()));
            }
            (Some((start, checked, body)), Some(_)) => {
                if *checked {
                    let body = std::mem::take(body);
                    let at = format!("{place}, block at line {start}");
                    shell_commands(&body, &at, &invokers, out);
                }
                block = None;
            }
            (Some((_, _, body)), None) => {
                body.push_str(line);
                body.push('\n');
            }
            (None, None) => {
                for (i, span) in line.split('`').enumerate() {
                    if i % 2 == 1 && span.starts_with("swan ") {
                        out.push(Found {
                            place: format!("{place}:{}", n + 1),
                            words: span.split_whitespace().skip(1).map(String::from).collect(),
                        });
                    }
                }
            }
        }
        if !line.trim().is_empty() {
            previous = line;
        }
    }
}

/// What is wrong with one command, if anything.
fn check(help: &mut Help, words: &[String]) -> Option<String> {
    let mut i = 0;
    // Global options before the subcommand.
    while i < words.len() && words[i].starts_with('-') {
        i += if words[i] == "--threads" { 2 } else { 1 };
    }
    let mut path: Vec<String> = Vec::new();
    let root = help.page(&[])?;
    let mut page = root.clone();
    while let Some(word) = words.get(i) {
        // `bench train|adib`: the first of the alternatives.
        let word = word.split('|').next().unwrap_or_default();
        if page.subcommands.contains(word) {
            path.push(word.to_string());
            page = help.page(&path)?;
            i += 1;
        } else {
            break;
        }
    }
    if path.is_empty() {
        // `swan <command> --help`, `swan $ARGS`: nothing to check by name.
        match words.get(i) {
            Some(w)
                if w.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !w.starts_with('-') =>
            {
                return Some(format!("`swan {w}` is not a subcommand"));
            }
            Some(w) if !w.starts_with('-') => return None,
            _ => {}
        }
    }
    let shown = if path.is_empty() {
        String::new()
    } else {
        format!(" {}", path.join(" "))
    };
    let mut problems = Vec::new();
    for (j, word) in words.iter().enumerate().skip(i) {
        let Some(flag) = long_flag(word) else {
            continue;
        };
        if !page.flags.contains(&flag) && !root.flags.contains(&flag) {
            problems.push(format!("`swan{shown}` has no {flag}"));
            continue;
        }
        let Some(allowed) = page.values.get(&flag) else {
            continue;
        };
        let value = match word.split_once('=') {
            Some((_, value)) => Some(value),
            None => words.get(j + 1).map(String::as_str),
        };
        // Only literal values: `$PROTOCOL`, `<MODE>`, `NAME`, `{a,b}` stand for something else.
        let literal = |v: &str| {
            v.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
                && !v.chars().any(|c| c.is_ascii_uppercase())
        };
        for value in value.into_iter().flat_map(|v| v.split('|')) {
            if literal(value) && !value.is_empty() && !allowed.contains(value) {
                problems.push(format!("`swan{shown} {flag}` does not take {value:?}"));
            }
        }
    }
    (!problems.is_empty()).then(|| problems.join("; "))
}

fn documentation_files(root: &Path) -> Vec<PathBuf> {
    let mut files = vec![root.join("README.md"), root.join("BENCHMARKS.md")];
    for dir in ["docs", "bench"] {
        collect(&root.join(dir), &mut files);
    }
    files
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            // Run folders the scripts write (gitignored) hold copies and logs, not documentation.
            if path.file_name().is_some_and(|n| n == "runs") {
                continue;
            }
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "md" || e == "sh") {
            files.push(path);
        }
    }
}

#[test]
fn documented_commands_name_existing_subcommands_and_flags() {
    let root = repo_root();
    let mut found = Vec::new();
    for file in documentation_files(&root) {
        let text = std::fs::read_to_string(&file).expect("reads a documentation file");
        let place = file
            .strip_prefix(&root)
            .unwrap_or(&file)
            .display()
            .to_string();
        if file.extension().is_some_and(|e| e == "sh") {
            shell_commands(&text, &place, &script_invokers(&text), &mut found);
        } else {
            markdown_commands(&text, &place, &mut found);
        }
    }
    assert!(
        found.len() > 100,
        "found only {} documented commands",
        found.len()
    );
    let mut help = Help {
        pages: BTreeMap::new(),
    };
    assert_all_run(&mut help, &found, "documented commands");
}

#[test]
fn help_examples_name_existing_subcommands_and_flags() {
    // Every subcommand's `--help`, its `Examples:` section read as shell text.
    let mut help = Help {
        pages: BTreeMap::new(),
    };
    let mut paths: Vec<Vec<String>> = vec![Vec::new()];
    let (mut found, mut examples) = (Vec::new(), 0);
    while let Some(path) = paths.pop() {
        let page = help.page(&path).expect("a listed subcommand has help");
        for sub in page.subcommands.iter().filter(|s| *s != "help") {
            let mut next = path.clone();
            next.push(sub.clone());
            paths.push(next);
        }
        if let Some((_, section)) = page.text.split_once("Examples:") {
            let place = format!("swan {} --help", path.join(" "));
            let before = found.len();
            shell_commands(section, &place, &BTreeSet::new(), &mut found);
            examples += found.len() - before;
        }
    }
    assert!(examples >= 20, "only {examples} examples in --help texts");
    assert_all_run(&mut help, &found, "--help examples");
}

/// Fails with every command of `found` that `check` finds a problem with, by place.
fn assert_all_run(help: &mut Help, found: &[Found], what: &str) {
    let problems: Vec<String> = found
        .iter()
        .filter_map(|f| check(help, &f.words).map(|p| format!("{}: {p}", f.place)))
        .collect();
    assert!(
        problems.is_empty(),
        "{what} that do not run as written:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_check_catches_unknown_flags_and_subcommands() {
    let mut help = Help {
        pages: BTreeMap::new(),
    };
    let words = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
    assert_eq!(
        check(&mut help, &words("eval --data idx:x --k 2 --threads 2")),
        None
    );
    assert_eq!(
        check(
            &mut help,
            &words("--threads 2 --no-progress weights fetch --dest w.pth")
        ),
        None
    );
    let bad = check(&mut help, &words("eval --data idx:x --preserving hflip")).unwrap();
    assert!(bad.contains("`swan eval` has no --preserving"), "{bad}");
    let bad = check(&mut help, &words("evaluate --data idx:x")).unwrap();
    assert!(bad.contains("not a subcommand"), "{bad}");
    assert_eq!(check(&mut help, &words("<command> --help")), None);
    assert_eq!(
        check(&mut help, &words("eval --protocol nagad --ssa-scope=all")),
        None
    );
    assert_eq!(check(&mut help, &words("eval --protocol $PROTOCOL")), None);
    assert_eq!(check(&mut help, &words("eval --protocol NAME")), None);
    let bad = check(&mut help, &words("eval --protocol one-vs-all")).unwrap();
    assert!(
        bad.contains("--protocol` does not take \"one-vs-all\""),
        "{bad}"
    );
    let bad = check(&mut help, &words("eval --ssa-scope=everything")).unwrap();
    assert!(bad.contains("does not take \"everything\""), "{bad}");
}

#[test]
fn scripts_name_their_binary_variables() {
    let text = "SWAN=${SWAN:-./target/release/swan}\nB=/tmp/swan; D=idx:x\nS=${S:-swan}\nOUT=/tmp/swan-runs\n";
    let names = script_invokers(text);
    for name in ["$SWAN", "${SWAN}", "$B", "$S"] {
        assert!(names.contains(name), "{name} in {names:?}");
    }
    assert!(!names.contains("$OUT") && !names.contains("$D"));
    let mut found = Vec::new();
    shell_commands(
        "\"$SWAN\" --threads 2 eval \\\n  --k 2 | tee log # a --comment\n",
        "t",
        &names,
        &mut found,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].words, ["--threads", "2", "eval", "--k", "2"]);
}
