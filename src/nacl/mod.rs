//! NaCl, IncludeOS's configuration language, understood natively: a lexer and parser for the
//! whole grammar of IncludeOS's `NaCl.g4`, and the checks its transpiler (`NaCl.py`) makes,
//! reporting every problem with its position rather than stopping at the first.
//!
//! This module depends on nothing else in Mothership (it could be its own crate): the server,
//! the CLI and the web interface call [`check`].
//!
//! ```
//! let diags = mothership::nacl::check("Iface eth0 { address: 10.0.0.300, index: 0 }");
//! assert_eq!(diags[0].code, "invalid-address");
//! ```

pub mod ast;
mod check;
pub mod diag;
pub mod fmt;
pub mod lexer;
mod parser;
pub mod transpile;

pub use diag::{Diagnostic, Severity};
pub use transpile::transpile;

/// Bounds that keep checking fast and safe on any input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Larger inputs are refused with one `too-large` error (4 MiB by default; real NaCls are a
    /// few KiB).
    pub max_bytes: usize,
    /// How deep objects, lists, functions, ifs and parentheses may nest (64 by default).
    pub max_depth: usize,
    /// Parsing stops after this many errors (200 by default).
    pub max_diagnostics: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 4 << 20,
            max_depth: 64,
            max_diagnostics: 200,
        }
    }
}

/// Parses `src` into a tree; returns it with the syntax errors.
pub fn parse(src: &str, limits: &Limits) -> (ast::Program, Vec<Diagnostic>) {
    parser::parse(src, limits)
}

/// Checks `src` with the default [`Limits`]: syntax errors, then (if there are none) the meaning
/// checks. Sorted by position.
pub fn check(src: &str) -> Vec<Diagnostic> {
    check_with(src, &Limits::default())
}

/// [`check`] with the given limits.
pub fn check_with(src: &str, limits: &Limits) -> Vec<Diagnostic> {
    let (program, mut diags) = parse(src, limits);
    // Meaning checks on a tree with holes would report names the broken lines define as
    // undefined: check the meaning once the syntax is right.
    if diags.iter().all(|d| !d.is_error()) {
        diags.extend(check::check(&program));
        diags.sort_by_key(|d| (d.line, d.column));
    }
    diags
}

/// Whether any diagnostic is an error.
pub fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(Diagnostic::is_error)
}

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;
