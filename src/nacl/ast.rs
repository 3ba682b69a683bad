//! The syntax tree of a NaCl file. Every node carries its [`Span`]; comments are kept beside the
//! items (with their spans) so that a formatter can put them back where they were.

use std::fmt;

/// A stretch of the source: byte offsets for slicing, and line/column for people. Lines count
/// from 1, columns from 0 in characters (as ANTLR, and so NaCl.py, count them); `end_*` is just
/// past the last character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

impl Span {
    /// From the start of `self` to the end of `other`.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start,
            end: other.end,
            line: self.line,
            col: self.col,
            end_line: other.end_line,
            end_col: other.end_col,
        }
    }
}

/// A whole NaCl file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Program {
    pub items: Vec<Item>,
    pub comments: Vec<Comment>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentKind {
    /// `// ...`
    Line,
    /// `# ...`
    Hash,
    /// `/* ... */`
    Block,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comment {
    pub kind: CommentKind,
    /// The whole comment, markers included.
    pub text: String,
    pub span: Span,
}

/// A top-level statement.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// `Iface eth0 { ... }`: a type, a name, a value.
    Typed(TypedInit),
    /// `name: value` or `eth0.index: 3` (an assignment to a member of another element).
    Init(Initializer),
    /// `Filter::IP name { ... }`.
    Function(Function),
    /// A bare integer (the grammar allows one; it means nothing).
    Integer(Value),
}

impl Item {
    pub fn span(&self) -> Span {
        match self {
            Item::Typed(t) => t.span,
            Item::Init(i) => i.span,
            Item::Function(f) => f.span,
            Item::Integer(v) => v.span,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Ident {
    pub text: String,
    pub span: Span,
}

/// `a` or `a.b.c`.
#[derive(Debug, Clone, PartialEq)]
pub struct DottedName {
    pub parts: Vec<Ident>,
    pub span: Span,
}

impl DottedName {
    /// The name as written, parts joined by dots.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for (i, p) in self.parts.iter().enumerate() {
            if i > 0 {
                out.push('.');
            }
            out.push_str(&p.text);
        }
        out
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypedInit {
    pub type_t: Ident,
    pub name: Ident,
    pub value: Value,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Initializer {
    pub name: DottedName,
    pub value: Value,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    pub type_t: Ident,
    pub subtype: Ident,
    /// Nested functions may be anonymous; a top-level one needs a name (a check says so).
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// A statement inside a function body.
#[derive(Debug, Clone, PartialEq)]
pub enum Stmt {
    Function(Function),
    Action(Action),
    If(Box<Conditional>),
}

/// `accept`, `drop`, `log("x", ip.saddr)`, `other_filter`.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    pub name: Ident,
    /// `None` without parentheses, `Some(vec![])` for `name()`.
    pub args: Option<Vec<Value>>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Conditional {
    pub condition: BoolExpr,
    pub then: Vec<Stmt>,
    pub otherwise: Option<Vec<Stmt>>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareOp {
    Eq,
    Ne,
    Gt,
    Lt,
    Ge,
    Le,
    In,
}

impl fmt::Display for CompareOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Lt => "<",
            CompareOp::Ge => ">=",
            CompareOp::Le => "<=",
            CompareOp::In => "in",
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogicOp {
    And,
    Or,
}

/// The condition of an `if`. `not` (or `!`) binds to the value, comparison or parenthesised
/// expression right after it; `and` and `or` have the same precedence and group to the left.
#[derive(Debug, Clone, PartialEq)]
pub enum BoolExpr {
    /// A value on its own, as a truth value.
    Value { not: bool, value: Value, span: Span },
    Compare {
        not: bool,
        lhs: Value,
        op: CompareOp,
        op_span: Span,
        rhs: Value,
        span: Span,
    },
    /// `( ... )`.
    Group {
        not: bool,
        inner: Box<BoolExpr>,
        span: Span,
    },
    Logic {
        lhs: Box<BoolExpr>,
        op: LogicOp,
        rhs: Box<BoolExpr>,
        span: Span,
    },
}

impl BoolExpr {
    pub fn span(&self) -> Span {
        match self {
            BoolExpr::Value { span, .. }
            | BoolExpr::Compare { span, .. }
            | BoolExpr::Group { span, .. }
            | BoolExpr::Logic { span, .. } => *span,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    pub kind: ValueKind,
    pub span: Span,
}

/// `key: value` in an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub key: Ident,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ValueKind {
    /// Digits, with a leading `-` for `(-5)`.
    Integer(String),
    /// `1.5`, `-1.5` for `(-1.5)`.
    Decimal(String),
    /// The four parts as written (each may be out of range: a check says so).
    Ipv4([String; 4]),
    /// `10.0.0.0/24`.
    Cidr {
        addr: [String; 4],
        mask: String,
    },
    Bool(bool),
    /// `from-to`; both ends are numeric values.
    Range(Box<Value>, Box<Value>),
    /// The text between the quotes (comments inside are dropped, as NaCl.py's lexer does).
    Str(String),
    Name(DottedName),
    Obj(Vec<Pair>),
    List(Vec<Value>),
}

impl ValueKind {
    /// What kind of value this is, for messages ("an object", "a list", ...).
    pub fn describe(&self) -> &'static str {
        match self {
            ValueKind::Integer(_) => "a number",
            ValueKind::Decimal(_) => "a decimal number",
            ValueKind::Ipv4(_) => "an IPv4 address",
            ValueKind::Cidr { .. } => "a CIDR",
            ValueKind::Bool(_) => "a boolean",
            ValueKind::Range(..) => "a range",
            ValueKind::Str(_) => "a string",
            ValueKind::Name(_) => "a name",
            ValueKind::Obj(_) => "an object",
            ValueKind::List(_) => "a list",
        }
    }
}
