//! A recursive-descent parser for the whole NaCl grammar (IncludeOS's `NaCl.g4`).
//!
//! It never panics and runs in time linear in the input: each token is looked at a bounded
//! number of times, recursion is bounded by [`Limits::max_depth`], and the input by
//! [`Limits::max_bytes`]. On a syntax error it reports what it found and what it expected, then
//! skips to the next line that starts a top-level statement and goes on, so one pass reports
//! every syntax error.

use super::Limits;
use super::ast::*;
use super::diag::{Diagnostic, codes};
use super::lexer::{Tok, Token, lex};

/// A syntax error was reported; unwind to the statement level and recover.
struct Abort;

type PResult<T> = Result<T, Abort>;

struct Parser<'a> {
    src: &'a str,
    toks: Vec<Token>,
    comments: &'a [Comment],
    pos: usize,
    depth: usize,
    /// `{` and `[` opened and not yet closed in the current statement.
    open: usize,
    limits: &'a Limits,
    diags: Vec<Diagnostic>,
    /// Stop parsing: too deep, or too many errors.
    fatal: bool,
}

/// Parses `src`. Returns the tree (the statements that parsed) and the syntax errors.
pub fn parse(src: &str, limits: &Limits) -> (Program, Vec<Diagnostic>) {
    if src.len() > limits.max_bytes {
        let span = Span {
            line: 1,
            end_line: 1,
            ..Span::default()
        };
        let message = format!(
            "the NaCl is {} bytes; the limit is {} bytes (split it, or raise the limit)",
            src.len(),
            limits.max_bytes
        );
        return (
            Program::default(),
            vec![Diagnostic::error(span, codes::TOO_LARGE, message)],
        );
    }
    let lexed = lex(src);
    let mut p = Parser {
        src,
        toks: lexed.tokens,
        comments: &lexed.comments,
        pos: 0,
        depth: 0,
        open: 0,
        limits,
        diags: Vec::new(),
        fatal: false,
    };
    for bad in &lexed.bad {
        p.push(Diagnostic::error(
            bad.span,
            codes::TOKEN,
            format!(
                "unexpected character {:?}: NaCl has no token that starts with it",
                bad.ch
            ),
        ));
    }
    let mut items = Vec::new();
    while p.peek() != Tok::Eof && !p.fatal {
        let start = p.pos;
        p.open = 0;
        p.depth = 0;
        match p.item() {
            Ok(item) => items.push(item),
            Err(Abort) => p.recover(start),
        }
    }
    let mut diags = p.diags;
    diags.sort_by_key(|d| (d.line, d.column));
    (
        Program {
            items,
            comments: lexed.comments,
        },
        diags,
    )
}

fn truncate(s: &str) -> String {
    const MAX: usize = 40;
    match s.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}...", &s[..i]),
        None => s.to_owned(),
    }
}

impl<'a> Parser<'a> {
    fn tok(&self) -> Token {
        self.toks[self.pos.min(self.toks.len() - 1)]
    }
    fn peek(&self) -> Tok {
        self.tok().kind
    }
    fn peek_at(&self, n: usize) -> Tok {
        self.toks.get(self.pos + n).map_or(Tok::Eof, |t| t.kind)
    }
    fn text(&self, t: Token) -> &'a str {
        &self.src[t.span.start..t.span.end]
    }
    fn bump(&mut self) -> Token {
        let t = self.tok();
        if t.kind != Tok::Eof {
            self.pos += 1;
        }
        match t.kind {
            Tok::LBrace | Tok::LBracket => self.open += 1,
            Tok::RBrace | Tok::RBracket => self.open = self.open.saturating_sub(1),
            _ => {}
        }
        t
    }
    fn eat(&mut self, kind: Tok) -> Option<Token> {
        (self.peek() == kind).then(|| self.bump())
    }
    fn push(&mut self, d: Diagnostic) {
        if self.diags.len() >= self.limits.max_diagnostics {
            if !self.fatal {
                let mut last = d;
                last.message = format!(
                    "too many errors ({}); stopped checking here",
                    self.limits.max_diagnostics
                );
                last.code = codes::SYNTAX.to_owned();
                self.diags.push(last);
            }
            self.fatal = true;
            return;
        }
        self.diags.push(d);
    }

    fn found(&self) -> String {
        let t = self.tok();
        let text = truncate(self.text(t));
        match t.kind {
            Tok::Eof => "the end of the file".to_owned(),
            Tok::Ident => format!("the name '{text}'"),
            Tok::Number => format!("the number '{text}'"),
            Tok::BlockStart => Tok::BlockStart.name().to_owned(),
            _ => format!("'{text}'"),
        }
    }

    fn fail<T>(&mut self, expected: &str) -> PResult<T> {
        let message = format!("expected {expected}, found {}", self.found());
        self.push(Diagnostic::error(self.tok().span, codes::SYNTAX, message));
        Err(Abort)
    }

    fn expect(&mut self, kind: Tok, expected: &str) -> PResult<Token> {
        match self.eat(kind) {
            Some(t) => Ok(t),
            None => self.fail(expected),
        }
    }

    fn ident(&mut self, expected: &str) -> PResult<Ident> {
        let t = self.expect(Tok::Ident, expected)?;
        Ok(Ident {
            text: self.text(t).to_owned(),
            span: t.span,
        })
    }

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > self.limits.max_depth {
            let message = format!(
                "nesting deeper than {} levels (objects, lists, functions, ifs or parentheses \
                 inside each other, or 'and'/'or' in one condition); flatten the NaCl",
                self.limits.max_depth
            );
            self.push(Diagnostic::error(self.tok().span, codes::TOO_DEEP, message));
            self.fatal = true;
            return Err(Abort);
        }
        Ok(())
    }
    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// After an error: skip to a line that starts with what can start a statement, outside
    /// brackets (or at column 0, which is where statements start in practice).
    fn recover(&mut self, start: usize) {
        if self.pos == start {
            self.bump();
        }
        let mut open = self.open;
        loop {
            let t = self.tok();
            if t.kind == Tok::Eof {
                return;
            }
            let first_on_line =
                self.pos == 0 || self.toks[self.pos - 1].span.end_line < t.span.line;
            if first_on_line
                && matches!(t.kind, Tok::Ident | Tok::Number)
                && (open == 0 || t.span.col == 0)
            {
                return;
            }
            match t.kind {
                Tok::LBrace | Tok::LBracket => open += 1,
                Tok::RBrace | Tok::RBracket => open = open.saturating_sub(1),
                _ => {}
            }
            self.pos += 1;
        }
    }

    // ---------- statements ----------

    fn item(&mut self) -> PResult<Item> {
        match self.peek() {
            Tok::Number | Tok::LParen => {
                let v = self.integer()?;
                Ok(Item::Integer(v))
            }
            Tok::Ident if self.peek_at(1) == Tok::Colon && self.peek_at(2) == Tok::Colon => {
                Ok(Item::Function(self.function()?))
            }
            Tok::Ident if self.peek_at(1) == Tok::Ident => {
                let type_t = self.ident("a type")?;
                let name = self.ident("a name")?;
                let value = self.value()?;
                let span = type_t.span.to(value.span);
                Ok(Item::Typed(TypedInit {
                    type_t,
                    name,
                    value,
                    span,
                }))
            }
            Tok::Ident => {
                let name = self.dotted()?;
                self.expect(Tok::Colon, "':' after the name")?;
                let value = self.value()?;
                let span = name.span.to(value.span);
                Ok(Item::Init(Initializer { name, value, span }))
            }
            _ => self.fail(
                "a statement (`Type name value`, `name: value` or `Type::Subtype name { ... }`)",
            ),
        }
    }

    fn function(&mut self) -> PResult<Function> {
        let type_t = self.ident("a function type")?;
        self.expect(Tok::Colon, "'::'")?;
        self.expect(Tok::Colon, "'::'")?;
        let subtype = self.ident("a subtype after '::'")?;
        let name = match self.peek() {
            Tok::Ident => Some(self.ident("a name")?),
            _ => None,
        };
        self.expect(Tok::LBrace, "'{' to start the function body")?;
        self.enter()?;
        let body = self.body()?;
        self.leave();
        let end = self.expect(Tok::RBrace, "'}' or another statement")?;
        Ok(Function {
            span: type_t.span.to(end.span),
            type_t,
            subtype,
            name,
            body,
        })
    }

    /// One or more statements up to (not including) `}`.
    fn body(&mut self) -> PResult<Vec<Stmt>> {
        let mut out = Vec::new();
        loop {
            match self.peek() {
                Tok::If => out.push(Stmt::If(Box::new(self.conditional()?))),
                Tok::Ident if self.peek_at(1) == Tok::Colon => {
                    out.push(Stmt::Function(self.function()?))
                }
                Tok::Ident => out.push(Stmt::Action(self.action()?)),
                Tok::RBrace if !out.is_empty() => return Ok(out),
                _ => {
                    return self.fail(if out.is_empty() {
                        "an action, an 'if' or a function (a body cannot be empty)"
                    } else {
                        "an action, an 'if', a function or '}'"
                    });
                }
            }
        }
    }

    fn action(&mut self) -> PResult<Action> {
        let name = self.ident("an action")?;
        let mut span = name.span;
        let args = if self.eat(Tok::LParen).is_some() {
            let mut args = Vec::new();
            if self.peek() != Tok::RParen {
                args.push(self.value()?);
                while self.eat(Tok::Comma).is_some() {
                    args.push(self.value()?);
                }
            }
            let end = self.expect(Tok::RParen, "',' or ')'")?;
            span = span.to(end.span);
            Some(args)
        } else {
            None
        };
        Ok(Action { name, args, span })
    }

    fn conditional(&mut self) -> PResult<Conditional> {
        let start = self.bump(); // if
        self.expect(Tok::LParen, "'(' after 'if'")?;
        self.enter()?;
        let condition = self.bool_expr()?;
        self.expect(Tok::RParen, "')', 'and' or 'or'")?;
        self.expect(Tok::LBrace, "'{' after the condition")?;
        let then = self.body()?;
        let mut end = self.expect(Tok::RBrace, "'}'")?;
        let otherwise = if self.eat(Tok::Else).is_some() {
            self.expect(Tok::LBrace, "'{' after 'else' (NaCl has no 'else if')")?;
            let body = self.body()?;
            end = self.expect(Tok::RBrace, "'}'")?;
            Some(body)
        } else {
            None
        };
        self.leave();
        Ok(Conditional {
            condition,
            then,
            otherwise,
            span: start.span.to(end.span),
        })
    }

    fn bool_expr(&mut self) -> PResult<BoolExpr> {
        let mut lhs = self.bool_unary()?;
        // Each `and`/`or` nests the tree one level deeper (`a and b and c` is `(a and b) and
        // c`), and the checks, the formatter and the transpiler walk it recursively: it counts
        // against the depth limit like parentheses do.
        let mut chained = 0;
        loop {
            let op = match self.peek() {
                Tok::And => LogicOp::And,
                Tok::Or => LogicOp::Or,
                _ => {
                    for _ in 0..chained {
                        self.leave();
                    }
                    return Ok(lhs);
                }
            };
            self.enter()?;
            chained += 1;
            self.bump();
            let rhs = self.bool_unary()?;
            let span = lhs.span().to(rhs.span());
            lhs = BoolExpr::Logic {
                lhs: Box::new(lhs),
                op,
                rhs: Box::new(rhs),
                span,
            };
        }
    }

    fn bool_unary(&mut self) -> PResult<BoolExpr> {
        let start = self.tok().span;
        let not = self.eat(Tok::Not).is_some();
        if self.peek() == Tok::LParen && self.peek_at(1) != Tok::Hyphen {
            self.bump();
            self.enter()?;
            let inner = self.bool_expr()?;
            self.leave();
            let end = self.expect(Tok::RParen, "')', 'and' or 'or'")?;
            return Ok(BoolExpr::Group {
                not,
                inner: Box::new(inner),
                span: start.to(end.span),
            });
        }
        let lhs = self.value()?;
        let op = match self.peek() {
            Tok::Eq => CompareOp::Eq,
            Tok::Ne => CompareOp::Ne,
            Tok::Gt => CompareOp::Gt,
            Tok::Lt => CompareOp::Lt,
            Tok::Ge => CompareOp::Ge,
            Tok::Le => CompareOp::Le,
            Tok::In => CompareOp::In,
            _ => {
                return Ok(BoolExpr::Value {
                    not,
                    span: start.to(lhs.span),
                    value: lhs,
                });
            }
        };
        let op_span = self.bump().span;
        let rhs = self.value()?;
        Ok(BoolExpr::Compare {
            not,
            span: start.to(rhs.span),
            lhs,
            op,
            op_span,
            rhs,
        })
    }

    // ---------- values ----------

    fn dotted(&mut self) -> PResult<DottedName> {
        let first = self.ident("a name")?;
        let mut span = first.span;
        let mut parts = vec![first];
        while self.peek() == Tok::Dot {
            self.bump();
            let part = self.ident("a name after '.'")?;
            span = span.to(part.span);
            parts.push(part);
        }
        Ok(DottedName { parts, span })
    }

    fn value(&mut self) -> PResult<Value> {
        match self.peek() {
            Tok::Number | Tok::LParen => {
                let first = self.numeric()?;
                if let ValueKind::Ipv4(addr) = &first.kind
                    && self.peek() == Tok::Slash
                {
                    let addr = addr.clone();
                    self.bump();
                    let mask = self.integer()?;
                    let ValueKind::Integer(mask_text) = mask.kind else {
                        return self.fail("a mask");
                    };
                    return Ok(Value {
                        kind: ValueKind::Cidr {
                            addr,
                            mask: mask_text,
                        },
                        span: first.span.to(mask.span),
                    });
                }
                if self.peek() == Tok::Hyphen {
                    self.bump();
                    let to = self.numeric()?;
                    let span = first.span.to(to.span);
                    return Ok(Value {
                        kind: ValueKind::Range(Box::new(first), Box::new(to)),
                        span,
                    });
                }
                Ok(first)
            }
            Tok::True | Tok::False => {
                let t = self.bump();
                Ok(Value {
                    kind: ValueKind::Bool(t.kind == Tok::True),
                    span: t.span,
                })
            }
            Tok::Quote => self.string(),
            Tok::Ident => {
                let name = self.dotted()?;
                Ok(Value {
                    span: name.span,
                    kind: ValueKind::Name(name),
                })
            }
            Tok::LBrace => {
                let start = self.bump();
                self.enter()?;
                let mut pairs = Vec::new();
                loop {
                    let key = self.ident("a key (a name)")?;
                    self.expect(Tok::Colon, "':' after the key")?;
                    let value = self.value()?;
                    pairs.push(Pair { key, value });
                    if self.eat(Tok::Comma).is_none() {
                        break;
                    }
                }
                self.leave();
                let end = self.expect(Tok::RBrace, "',' or '}'")?;
                Ok(Value {
                    kind: ValueKind::Obj(pairs),
                    span: start.span.to(end.span),
                })
            }
            Tok::LBracket => {
                let start = self.bump();
                self.enter()?;
                let mut values = vec![self.value()?];
                while self.eat(Tok::Comma).is_some() {
                    values.push(self.value()?);
                }
                self.leave();
                let end = self.expect(Tok::RBracket, "',' or ']'")?;
                Ok(Value {
                    kind: ValueKind::List(values),
                    span: start.span.to(end.span),
                })
            }
            _ => self
                .fail("a value (a number, an address, a string, a name, true, false, '{' or '[')"),
        }
    }

    /// `Number+`, as one text.
    fn digits(&mut self) -> PResult<(String, Span)> {
        let first = self.expect(Tok::Number, "a number")?;
        let mut text = self.text(first).to_owned();
        let mut span = first.span;
        while self.peek() == Tok::Number {
            let t = self.bump();
            text.push_str(self.text(t));
            span = span.to(t.span);
        }
        Ok((text, span))
    }

    /// `Number+` or `( - Number+ )`.
    fn integer(&mut self) -> PResult<Value> {
        if let Some(open) = self.eat(Tok::LParen) {
            self.expect(Tok::Hyphen, "'-' (a negative number is written (-5))")?;
            let (digits, _) = self.digits()?;
            let end = self.expect(Tok::RParen, "')'")?;
            return Ok(Value {
                kind: ValueKind::Integer(format!("-{digits}")),
                span: open.span.to(end.span),
            });
        }
        let (digits, span) = self.digits()?;
        Ok(Value {
            kind: ValueKind::Integer(digits),
            span,
        })
    }

    /// An integer, a decimal or an IPv4 address.
    fn numeric(&mut self) -> PResult<Value> {
        if let Some(open) = self.eat(Tok::LParen) {
            self.expect(Tok::Hyphen, "'-' (a negative number is written (-5))")?;
            let (digits, _) = self.digits()?;
            let kind = if self.eat(Tok::Dot).is_some() {
                let (frac, _) = self.digits()?;
                ValueKind::Decimal(format!("-{digits}.{frac}"))
            } else {
                ValueKind::Integer(format!("-{digits}"))
            };
            let end = self.expect(Tok::RParen, "')'")?;
            return Ok(Value {
                kind,
                span: open.span.to(end.span),
            });
        }
        let is_ip = self.peek() == Tok::Number
            && [
                Tok::Dot,
                Tok::Number,
                Tok::Dot,
                Tok::Number,
                Tok::Dot,
                Tok::Number,
            ]
            .iter()
            .enumerate()
            .all(|(i, k)| self.peek_at(i + 1) == *k);
        if is_ip {
            let first = self.bump();
            let mut parts: [String; 4] = Default::default();
            parts[0] = self.text(first).to_owned();
            let mut span = first.span;
            for part in parts.iter_mut().skip(1) {
                self.bump();
                let t = self.bump();
                *part = self.text(t).to_owned();
                span = span.to(t.span);
            }
            return Ok(Value {
                kind: ValueKind::Ipv4(parts),
                span,
            });
        }
        let (digits, span) = self.digits()?;
        if self.peek() == Tok::Dot && self.peek_at(1) == Tok::Number {
            self.bump();
            let (frac, end) = self.digits()?;
            return Ok(Value {
                kind: ValueKind::Decimal(format!("{digits}.{frac}")),
                span: span.to(end),
            });
        }
        Ok(Value {
            kind: ValueKind::Integer(digits),
            span,
        })
    }

    /// `"..."`: any tokens up to the next quote (so the text can hold anything NaCl can lex).
    fn string(&mut self) -> PResult<Value> {
        let open = self.bump();
        loop {
            match self.peek() {
                Tok::Quote => break,
                Tok::Eof => {
                    let message = "this string is never closed (a '\"' is missing)";
                    self.push(Diagnostic::error(open.span, codes::SYNTAX, message));
                    return Err(Abort);
                }
                _ => {
                    self.bump();
                }
            }
        }
        let close = self.bump();
        // The text between the quotes without comments (the lexer skipped them there too).
        let (from, to) = (open.span.end, close.span.start);
        let mut text = String::with_capacity(to - from);
        let mut at = from;
        let first = self.comments.partition_point(|c| c.span.start < from);
        for c in self.comments[first..]
            .iter()
            .take_while(|c| c.span.start < to)
        {
            text.push_str(&self.src[at..c.span.start]);
            at = c.span.end;
        }
        text.push_str(&self.src[at..to]);
        Ok(Value {
            kind: ValueKind::Str(text),
            span: open.span.to(close.span),
        })
    }
}
