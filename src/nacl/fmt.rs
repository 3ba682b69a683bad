//! The canonical layout of a NaCl: one statement per line, four spaces per level, objects one
//! member per line, `key: value` with one space, lists on one line unless they hold objects or
//! lists, conditions with `and`, `or` and `not`. Every comment is kept: a comment on the line of
//! a statement stays at its end, others get lines of their own. One blank line is kept where the
//! source had one or more. Strings are kept exactly as written. Formatting is idempotent.

use super::ast::*;
use super::{Diagnostic, Limits};

const INDENT: &str = "    ";

/// Formats `src`; the syntax errors if it does not parse (a NaCl that does not parse is not
/// formatted).
pub fn format(src: &str) -> Result<String, Vec<Diagnostic>> {
    let (program, diags) = super::parse(src, &Limits::default());
    if super::has_errors(&diags) {
        return Err(diags);
    }
    let mut f = Formatter {
        src,
        comments: &program.comments,
        next: 0,
        used: vec![false; program.comments.len()],
        out: String::with_capacity(src.len() + src.len() / 4),
        depth: 0,
        last_line: 0,
        block_start: true,
    };
    for item in &program.items {
        f.before(item.span());
        match item {
            Item::Typed(t) => {
                f.push(&format!("{} {} ", t.type_t.text, t.name.text));
                f.value_block(&t.value);
            }
            Item::Init(i) => {
                f.push(&format!("{}: ", i.name.text()));
                f.value_block(&i.value);
            }
            Item::Function(func) => f.function(func),
            Item::Integer(v) => f.value_inline(v),
        }
        f.after(item.span(), usize::MAX);
    }
    f.flush_until(usize::MAX);
    Ok(f.out)
}

struct Formatter<'a> {
    src: &'a str,
    comments: &'a [Comment],
    /// The first comment not yet looked at.
    next: usize,
    /// Comments written already (or part of a string).
    used: Vec<bool>,
    out: String,
    depth: usize,
    /// The last source line written.
    last_line: u32,
    /// Nothing written yet in the current block.
    block_start: bool,
}

impl Formatter<'_> {
    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn indent(&mut self) {
        for _ in 0..self.depth {
            self.out.push_str(INDENT);
        }
    }

    /// A blank line if the source has one before `line` (not at the start of a block).
    fn gap(&mut self, line: u32) {
        if !self.block_start && line > self.last_line + 1 {
            self.out.push('\n');
        }
        self.block_start = false;
    }

    /// Comments before `offset`, each on its own line.
    fn flush_until(&mut self, offset: usize) {
        while self.next < self.comments.len() && self.comments[self.next].span.start < offset {
            let i = self.next;
            self.next += 1;
            if self.used[i] {
                continue;
            }
            self.used[i] = true;
            let c = &self.comments[i];
            self.gap(c.span.line);
            self.indent();
            self.out.push_str(&c.text);
            self.out.push('\n');
            self.last_line = c.span.end_line;
        }
    }

    /// Starts the line of a statement, member or element at `span`.
    fn before(&mut self, span: Span) {
        self.flush_until(span.start);
        self.gap(span.line);
        self.indent();
    }

    /// Ends the line of the statement at `span`, with the comments on its last line (before
    /// `limit`, the closing bracket of the block it is in).
    fn after(&mut self, span: Span, limit: usize) {
        while self.next < self.comments.len() {
            let i = self.next;
            if self.used[i] {
                self.next += 1;
                continue;
            }
            let c = &self.comments[i];
            if c.span.line != span.end_line || c.span.start < span.end || c.span.start >= limit {
                break;
            }
            self.next += 1;
            self.used[i] = true;
            self.out.push(' ');
            self.out.push_str(&c.text);
            self.last_line = c.span.end_line;
        }
        self.out.push('\n');
        self.last_line = self.last_line.max(span.end_line);
    }

    /// Opens a block: `{` then the lines inside.
    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.out.push('\n');
        self.depth += 1;
        self.block_start = true;
    }

    /// Closes a block whose closing bracket is at `offset`.
    fn close(&mut self, offset: usize, bracket: char) {
        self.flush_until(offset);
        self.depth -= 1;
        self.block_start = false;
        self.indent();
        self.out.push(bracket);
    }

    /// Whether a comment starts between `from` and `to`.
    fn comments_in(&self, from: usize, to: usize) -> bool {
        self.comments[self.next..]
            .iter()
            .zip(&self.used[self.next..])
            .any(|(c, used)| !used && c.span.start >= from && c.span.start < to)
    }

    /// The offset of the next token at or after `from` (skipping spaces and comments).
    fn next_token(&self, from: usize) -> usize {
        let bytes = self.src.as_bytes();
        let mut at = from;
        loop {
            while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            match self.comments.iter().find(|c| c.span.start == at) {
                Some(c) => at = c.span.end,
                None => return at,
            }
        }
    }

    /// A value that may spread over lines (the value of a statement or a member).
    fn value_block(&mut self, v: &Value) {
        match &v.kind {
            ValueKind::Obj(pairs) => {
                if pairs.is_empty() && !self.comments_in(v.span.start, v.span.end) {
                    self.push("{}");
                    return;
                }
                self.open('{');
                for (i, p) in pairs.iter().enumerate() {
                    let span = p.key.span.to(p.value.span);
                    self.before(span);
                    self.push(&format!("{}: ", p.key.text));
                    self.value_block(&p.value);
                    if i + 1 < pairs.len() {
                        self.push(",");
                    }
                    self.after(span, v.span.end - 1);
                }
                self.close(v.span.end - 1, '}');
            }
            ValueKind::List(values)
                if values
                    .iter()
                    .any(|x| matches!(x.kind, ValueKind::Obj(_) | ValueKind::List(_)))
                    || self.comments_in(v.span.start, v.span.end) =>
            {
                self.open('[');
                for (i, x) in values.iter().enumerate() {
                    self.before(x.span);
                    self.value_block(x);
                    if i + 1 < values.len() {
                        self.push(",");
                    }
                    self.after(x.span, v.span.end - 1);
                }
                self.close(v.span.end - 1, ']');
            }
            _ => self.value_inline(v),
        }
    }

    /// A value on one line.
    fn value_inline(&mut self, v: &Value) {
        match &v.kind {
            ValueKind::Integer(s) | ValueKind::Decimal(s) => {
                if s.starts_with('-') {
                    self.push(&format!("({s})"));
                } else {
                    self.push(s);
                }
            }
            ValueKind::Ipv4(parts) => self.push(&parts.join(".")),
            ValueKind::Cidr { addr, mask } => self.push(&format!("{}/{mask}", addr.join("."))),
            ValueKind::Bool(b) => self.push(if *b { "true" } else { "false" }),
            ValueKind::Range(from, to) => {
                self.value_inline(from);
                self.push("-");
                self.value_inline(to);
            }
            ValueKind::Str(_) => {
                // As written: what looks like a comment inside is part of the string.
                for (i, c) in self.comments.iter().enumerate() {
                    if c.span.start >= v.span.start && c.span.start < v.span.end {
                        self.used[i] = true;
                    }
                }
                let text = self.src.get(v.span.start..v.span.end).unwrap_or_default();
                self.push(text);
            }
            ValueKind::Name(n) => self.push(&n.text()),
            ValueKind::Obj(pairs) => {
                if pairs.is_empty() {
                    self.push("{}");
                    return;
                }
                self.push("{ ");
                for (i, p) in pairs.iter().enumerate() {
                    if i > 0 {
                        self.push(", ");
                    }
                    self.push(&format!("{}: ", p.key.text));
                    self.value_inline(&p.value);
                }
                self.push(" }");
            }
            ValueKind::List(values) => {
                self.push("[");
                for (i, x) in values.iter().enumerate() {
                    if i > 0 {
                        self.push(", ");
                    }
                    self.value_inline(x);
                }
                self.push("]");
            }
        }
    }

    fn function(&mut self, f: &Function) {
        self.push(&format!("{}::{}", f.type_t.text, f.subtype.text));
        if let Some(name) = &f.name {
            self.push(&format!(" {}", name.text));
        }
        self.push(" ");
        self.body(&f.body, f.span.end - 1);
    }

    /// `{ statements }` whose `}` is at `close`.
    fn body(&mut self, stmts: &[Stmt], close: usize) {
        let open = stmts.first().map_or(close, |s| stmt_span(s).start);
        if stmts.is_empty() && !self.comments_in(open.min(close), close) {
            self.push("{}");
            return;
        }
        self.open('{');
        for s in stmts {
            let span = stmt_span(s);
            self.before(span);
            match s {
                Stmt::Function(f) => self.function(f),
                Stmt::Action(a) => {
                    self.push(&a.name.text);
                    if let Some(args) = &a.args {
                        self.push("(");
                        for (i, x) in args.iter().enumerate() {
                            if i > 0 {
                                self.push(", ");
                            }
                            self.value_inline(x);
                        }
                        self.push(")");
                    }
                }
                Stmt::If(c) => {
                    self.push("if (");
                    self.condition(&c.condition);
                    self.push(") ");
                    // The `{` after `)`, then the `}` of the first block.
                    let paren = self.next_token(c.condition.span().end);
                    let brace = self.next_token(paren + 1);
                    let from = c.then.last().map_or(brace + 1, |s| stmt_span(s).end);
                    let then_close = self.next_token(from);
                    self.body(&c.then, then_close);
                    if let Some(otherwise) = &c.otherwise {
                        self.push(" else ");
                        self.body(otherwise, c.span.end - 1);
                    }
                }
            }
            self.after(span, close);
        }
        self.close(close, '}');
    }

    fn condition(&mut self, e: &BoolExpr) {
        match e {
            BoolExpr::Value { not, value, .. } => {
                if *not {
                    self.push("not ");
                }
                self.value_inline(value);
            }
            BoolExpr::Compare {
                not, lhs, op, rhs, ..
            } => {
                if *not {
                    self.push("not ");
                }
                self.value_inline(lhs);
                self.push(&format!(" {op} "));
                self.value_inline(rhs);
            }
            BoolExpr::Group { not, inner, .. } => {
                if *not {
                    self.push("not ");
                }
                self.push("(");
                self.condition(inner);
                self.push(")");
            }
            BoolExpr::Logic { lhs, op, rhs, .. } => {
                self.condition(lhs);
                self.push(match op {
                    LogicOp::And => " and ",
                    LogicOp::Or => " or ",
                });
                self.condition(rhs);
            }
        }
    }
}

fn stmt_span(s: &Stmt) -> Span {
    match s {
        Stmt::Function(f) => f.span,
        Stmt::Action(a) => a.span,
        Stmt::If(c) => c.span,
    }
}
