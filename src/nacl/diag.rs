//! Diagnostics: what the parser and the checks report, one record per problem.

use serde::{Deserialize, Serialize};

use super::ast::Span;

/// How bad a problem is. Only errors make a NaCl invalid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in a NaCl, at a place in its text.
///
/// Lines and columns count from 1; a column counts characters (a tab is one), so `column` is
/// the column IncludeOS's NaCl.py reports plus one (ANTLR counts columns from 0). `end_line` and
/// `end_column` are the position just after the last character the problem covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Diagnostic {
    pub severity: Severity,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    pub message: String,
    /// A stable name for the kind of problem (`syntax`, `unknown-type`, `duplicate-name`, ...),
    /// for tools that react to some kinds and not others.
    pub code: String,
}

impl Diagnostic {
    pub fn error(span: Span, code: &str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            line: span.line,
            column: span.col + 1,
            end_line: span.end_line,
            end_column: span.end_col + 1,
            message: message.into(),
            code: code.to_owned(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Stable codes, one per kind of problem.
pub mod codes {
    pub const SYNTAX: &str = "syntax";
    pub const TOKEN: &str = "unknown-character";
    pub const TOO_LARGE: &str = "too-large";
    pub const TOO_DEEP: &str = "too-deep";
    pub const MISSING_NAME: &str = "missing-name";
    pub const DUPLICATE_NAME: &str = "duplicate-name";
    pub const INVALID_NAME: &str = "invalid-name";
    pub const UNKNOWN_TYPE: &str = "unknown-type";
    pub const SINGLETON: &str = "only-one-allowed";
    pub const UNDEFINED: &str = "undefined-reference";
    pub const INVALID_VALUE: &str = "invalid-value";
    pub const INVALID_ADDRESS: &str = "invalid-address";
    pub const INVALID_MASK: &str = "invalid-mask";
    pub const INVALID_RANGE: &str = "invalid-range";
    pub const UNKNOWN_MEMBER: &str = "unknown-member";
    pub const DUPLICATE_MEMBER: &str = "duplicate-member";
    pub const MISSING_MEMBER: &str = "missing-member";
    pub const WRONG_TYPE: &str = "wrong-value-type";
    pub const NOT_A_FUNCTION: &str = "not-a-function";
    pub const DUPLICATE_INDEX: &str = "duplicate-index";
    pub const INVALID_FUNCTION: &str = "invalid-function";
    pub const INVALID_ACTION: &str = "invalid-action";
    pub const INVALID_CONDITION: &str = "invalid-condition";
}

/// Renders diagnostics the way compilers do, for people at a terminal:
/// `NAME:LINE:COL: message`, then the line of `src` and a caret under the column.
pub fn render(name: &str, src: &str, diags: &[Diagnostic]) -> String {
    let lines: Vec<&str> = src.lines().collect();
    let mut out = String::new();
    for d in diags {
        let label = match d.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
        };
        out.push_str(&format!(
            "{name}:{}:{}: {label}{}\n",
            d.line, d.column, d.message
        ));
        let Some(line) = lines.get(d.line.saturating_sub(1) as usize) else {
            continue;
        };
        // Long lines (a minified file) are shown around the column only.
        let col = d.column.saturating_sub(1) as usize;
        let skip = col.saturating_sub(60);
        let shown: String = line.chars().skip(skip).take(120).collect();
        let pad: String = line
            .chars()
            .skip(skip)
            .take(col - skip)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        out.push_str(&format!("    {shown}\n    {pad}^\n"));
    }
    out
}
