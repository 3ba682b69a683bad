//! Tokens, the way IncludeOS's ANTLR lexer cuts NaCl: longest match first, keywords before
//! identifiers, whitespace and comments outside the token stream (comments are kept aside).
//! The lexer is context-free like ANTLR's: a `//` inside a string starts a comment there too.

use super::ast::{Comment, CommentKind, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tok {
    Number,
    Ident,
    True,
    False,
    In,
    And,
    Or,
    Not,
    If,
    Else,
    Hyphen,
    Slash,
    Dot,
    Colon,
    Comma,
    /// A lone `#` at the end of a line (a token in the grammar, valid nowhere).
    Hash,
    LBrace,
    RBrace,
    LBracket,
    RBracket,
    LParen,
    RParen,
    Quote,
    Eq,
    Ne,
    Gt,
    Lt,
    Ge,
    Le,
    /// `\n` written as two characters (allowed inside strings).
    EscapedNewline,
    /// `/*` that is never closed.
    BlockStart,
    /// `*/` with no `/*` before it.
    BlockEnd,
    Eof,
}

impl Tok {
    /// How an error message names a token of this kind (without its text).
    pub fn name(self) -> &'static str {
        match self {
            Tok::Number => "a number",
            Tok::Ident => "a name",
            Tok::True => "'true'",
            Tok::False => "'false'",
            Tok::In => "'in'",
            Tok::And => "'and'",
            Tok::Or => "'or'",
            Tok::Not => "'not'",
            Tok::If => "'if'",
            Tok::Else => "'else'",
            Tok::Hyphen => "'-'",
            Tok::Slash => "'/'",
            Tok::Dot => "'.'",
            Tok::Colon => "':'",
            Tok::Comma => "','",
            Tok::Hash => "'#'",
            Tok::LBrace => "'{'",
            Tok::RBrace => "'}'",
            Tok::LBracket => "'['",
            Tok::RBracket => "']'",
            Tok::LParen => "'('",
            Tok::RParen => "')'",
            Tok::Quote => "'\"'",
            Tok::Eq => "'=='",
            Tok::Ne => "'!='",
            Tok::Gt => "'>'",
            Tok::Lt => "'<'",
            Tok::Ge => "'>='",
            Tok::Le => "'<='",
            Tok::EscapedNewline => "'\\n'",
            Tok::BlockStart => "'/*' (a comment that is never closed)",
            Tok::BlockEnd => "'*/'",
            Tok::Eof => "the end of the file",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: Tok,
    pub span: Span,
}

/// A character no token starts with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadChar {
    pub ch: char,
    pub span: Span,
}

pub struct Lexed {
    pub tokens: Vec<Token>,
    pub comments: Vec<Comment>,
    pub bad: Vec<BadChar>,
}

struct Cursor<'a> {
    src: &'a str,
    pos: usize,
    line: u32,
    col: u32,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }
    fn peek_at(&self, n: usize) -> Option<u8> {
        self.src.as_bytes().get(self.pos + n).copied()
    }
    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.col = 0;
        } else {
            self.col += 1;
        }
        Some(c)
    }
    fn bump_n(&mut self, n: usize) {
        for _ in 0..n {
            self.bump();
        }
    }
    fn mark(&self) -> (usize, u32, u32) {
        (self.pos, self.line, self.col)
    }
    fn span_from(&self, (start, line, col): (usize, u32, u32)) -> Span {
        Span {
            start,
            end: self.pos,
            line,
            col,
            end_line: self.line,
            end_col: self.col,
        }
    }
}

fn ident_continue(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// Cuts `src` into tokens (ending with one `Eof`), comments and unknown characters.
pub fn lex(src: &str) -> Lexed {
    let mut c = Cursor {
        src,
        pos: 0,
        line: 1,
        col: 0,
    };
    let mut tokens = Vec::new();
    let mut comments = Vec::new();
    let mut bad = Vec::new();
    let bytes = src.as_bytes();
    // Once a `/*` has no `*/` after it, no later one has: remember, to stay linear.
    let mut unclosed = false;
    while let Some(ch) = c.peek() {
        let start = c.mark();
        if matches!(ch, ' ' | '\t' | '\n' | '\r') {
            c.bump();
            continue;
        }
        let two = (c.peek_at(0), c.peek_at(1));
        // Comments first: they are the longest match wherever they start.
        if ch == '#' && !matches!(c.peek_at(1), None | Some(b'\n' | b'\r')) {
            while !matches!(c.peek_at(0), None | Some(b'\n' | b'\r')) {
                c.bump();
            }
            comments.push(comment(src, &c, start, CommentKind::Hash));
            continue;
        }
        if two == (Some(b'/'), Some(b'/')) {
            while !matches!(c.peek_at(0), None | Some(b'\n' | b'\r')) {
                c.bump();
            }
            comments.push(comment(src, &c, start, CommentKind::Line));
            continue;
        }
        if two == (Some(b'/'), Some(b'*')) {
            let close = if unclosed {
                None
            } else {
                src[c.pos + 2..].find("*/")
            };
            if let Some(close) = close {
                let end = c.pos + 2 + close + 2;
                while c.pos < end {
                    c.bump();
                }
                comments.push(comment(src, &c, start, CommentKind::Block));
            } else {
                unclosed = true;
                c.bump_n(2);
                tokens.push(Token {
                    kind: Tok::BlockStart,
                    span: c.span_from(start),
                });
            }
            continue;
        }
        let kind = if ch.is_ascii_digit() {
            while c.peek_at(0).is_some_and(|b| b.is_ascii_digit()) {
                c.bump();
            }
            Tok::Number
        } else if ch.is_ascii_alphabetic() {
            while c.peek_at(0).is_some_and(ident_continue) {
                c.bump();
            }
            match &bytes[start.0..c.pos] {
                b"true" => Tok::True,
                b"false" => Tok::False,
                b"in" | b"IN" => Tok::In,
                b"and" => Tok::And,
                b"or" => Tok::Or,
                b"not" => Tok::Not,
                b"if" => Tok::If,
                b"else" => Tok::Else,
                _ => Tok::Ident,
            }
        } else {
            let (kind, len) = match two {
                (Some(b'='), Some(b'=')) => (Some(Tok::Eq), 2),
                (Some(b'!'), Some(b'=')) => (Some(Tok::Ne), 2),
                (Some(b'>'), Some(b'=')) => (Some(Tok::Ge), 2),
                (Some(b'<'), Some(b'=')) => (Some(Tok::Le), 2),
                (Some(b'&'), Some(b'&')) => (Some(Tok::And), 2),
                (Some(b'|'), Some(b'|')) => (Some(Tok::Or), 2),
                (Some(b'*'), Some(b'/')) => (Some(Tok::BlockEnd), 2),
                (Some(b'\\'), Some(b'n')) => (Some(Tok::EscapedNewline), 2),
                (Some(b), _) => (
                    match b {
                        b'-' => Some(Tok::Hyphen),
                        b'/' => Some(Tok::Slash),
                        b'.' => Some(Tok::Dot),
                        b':' => Some(Tok::Colon),
                        b',' => Some(Tok::Comma),
                        b'#' => Some(Tok::Hash),
                        b'{' => Some(Tok::LBrace),
                        b'}' => Some(Tok::RBrace),
                        b'[' => Some(Tok::LBracket),
                        b']' => Some(Tok::RBracket),
                        b'(' => Some(Tok::LParen),
                        b')' => Some(Tok::RParen),
                        b'"' => Some(Tok::Quote),
                        b'>' => Some(Tok::Gt),
                        b'<' => Some(Tok::Lt),
                        b'!' => Some(Tok::Not),
                        _ => None,
                    },
                    1,
                ),
                (None, _) => (None, 1),
            };
            match kind {
                Some(k) => {
                    c.bump_n(len);
                    k
                }
                None => {
                    c.bump();
                    bad.push(BadChar {
                        ch,
                        span: c.span_from(start),
                    });
                    continue;
                }
            }
        };
        tokens.push(Token {
            kind,
            span: c.span_from(start),
        });
    }
    let end = c.mark();
    tokens.push(Token {
        kind: Tok::Eof,
        span: c.span_from(end),
    });
    Lexed {
        tokens,
        comments,
        bad,
    }
}

fn comment(src: &str, c: &Cursor<'_>, start: (usize, u32, u32), kind: CommentKind) -> Comment {
    Comment {
        kind,
        text: src[start.0..c.pos].to_owned(),
        span: c.span_from(start),
    }
}
