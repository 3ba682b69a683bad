//! The meaning checks on a parsed NaCl: the checks IncludeOS's transpiler makes, with the same
//! positions, except that every problem is reported rather than the first one.

use std::collections::{HashMap, HashSet};

use super::ast::*;
use super::diag::{Diagnostic, Severity, codes};

/// NaCl types: `Type name value` (or `Type::Subtype name {}` for functions).
const IFACE: &str = "iface";
const GATEWAY: &str = "gateway";
const FUNCTION_TYPES: [&str; 3] = ["filter", "nat", "rewrite"];
const VALUE_TYPES: [&str; 6] = [
    IFACE,
    GATEWAY,
    "load_balancer",
    "syslog",
    "timer",
    "conntrack",
];
/// Types of which a NaCl may hold one element only.
const SINGLETONS: [&str; 3] = [GATEWAY, "conntrack", "syslog"];
/// Names an element cannot have: they name packet objects inside functions.
const RESERVED_NAMES: [&str; 5] = ["tcp", "udp", "icmp", "ct", "ip"];

/// Names every NaCl may use as values without defining them.
const PREDEFINED: &[&str] = &[
    "oif",
    "oifname",
    "iif",
    "iifname",
    "fin",
    "syn",
    "rst",
    "psh",
    "ack",
    "urg",
    "cwr",
    "ece",
    "ns",
    "ssh",
    "dns",
    "http",
    "https",
    "tcp",
    "udp",
    "icmp",
    "ip",
    "echo-reply",
    "destination-unreachable",
    "redirect",
    "echo-request",
    "time-exceeded",
    "parameter-problem",
    "timestamp-request",
    "timestamp-reply",
    "established",
    "new",
    "related",
    "invalid",
    "round_robin",
];

const IFACE_CHAINS: [&str; 4] = ["prerouting", "input", "output", "postrouting"];
const IFACE_KEYS: [&str; 14] = [
    "address",
    "netmask",
    "gateway",
    "dns",
    "index",
    "vlan",
    "masquerade",
    "config",
    "send_queue_limit",
    "buffer_limit",
    "prerouting",
    "input",
    "output",
    "postrouting",
];
const IFACE_CONFIGS: [&str; 3] = ["dhcp", "dhcp-with-fallback", "static"];
const ROUTE_KEYS: [&str; 6] = ["host", "net", "netmask", "nexthop", "iface", "cost"];
const SYSLOG_SEVERITIES: [&str; 8] = [
    "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug",
];

/// The packet objects a function can test, with their properties.
fn proto_properties(obj: &str) -> Option<&'static [&'static str]> {
    Some(match obj {
        "tcp" => &[
            "sport", "dport", "sequence", "ackseq", "doff", "reserved", "flags", "window",
            "checksum", "urgptr",
        ],
        "udp" => &["sport", "dport", "length", "checksum"],
        "ip" => &[
            "version",
            "hdrlength",
            "dscp",
            "ecn",
            "length",
            "id",
            "frag-off",
            "ttl",
            "protocol",
            "checksum",
            "saddr",
            "daddr",
        ],
        "icmp" => &["type"],
        "ct" => &["state"],
        _ => return None,
    })
}

/// Which packet objects a function of a subtype may test.
fn legal_objects(subtype: &str) -> &'static [&'static str] {
    match subtype {
        "tcp" => &["tcp", "ip", "ct"],
        "udp" => &["udp", "ip", "ct"],
        "icmp" => &["icmp", "ip", "ct"],
        _ => &["ip", "ct"],
    }
}

/// Which subtypes may be nested in (or called from) a function of a subtype.
fn legal_nested(subtype: &str) -> &'static [&'static str] {
    match subtype {
        "tcp" => &["ip", "tcp"],
        "udp" => &["ip", "udp"],
        "icmp" => &["ip", "icmp"],
        _ => &["ip", "tcp", "udp", "icmp"],
    }
}

#[derive(Clone, Copy)]
enum Element<'a> {
    Typed(&'a TypedInit),
    Init(&'a Initializer),
    Function(&'a Function),
}

struct Checker<'a> {
    elements: HashMap<String, Element<'a>>,
    /// `x.y...: value` initializers, by the name of the element they assign to.
    assignments: HashMap<String, Vec<&'a Initializer>>,
    diags: Vec<Diagnostic>,
    /// Indexes of the Ifaces checked so far that are not vlans, with their names (hashed: a
    /// list made checking thousands of Ifaces quadratic).
    iface_indexes: HashMap<String, String>,
    /// Filters already checked as pushed onto a chain.
    pushed_checked: HashSet<String>,
    /// The member trees of plain object elements (`x: { ... }` and its assignments).
    untyped: HashMap<String, members::Dict<'a>>,
    /// The layers of the Load_balancers checked so far (one per layer).
    lb_layers: Vec<String>,
}

/// Checks a parsed NaCl; returns every problem found.
pub fn check(program: &Program) -> Vec<Diagnostic> {
    let mut c = Checker {
        elements: HashMap::new(),
        assignments: HashMap::new(),
        diags: Vec::new(),
        iface_indexes: HashMap::new(),
        pushed_checked: HashSet::new(),
        untyped: HashMap::new(),
        lb_layers: Vec::new(),
    };
    c.register(program);
    c.untyped_trees(program);
    for item in &program.items {
        match item {
            Item::Typed(t) => c.typed(t),
            Item::Init(i) => c.init(i),
            Item::Function(f) => c.top_function(f),
            Item::Integer(_) => {}
        }
    }
    c.diags
}

fn lower(s: &str) -> String {
    s.to_ascii_lowercase()
}

/// A number as written, if it fits.
fn number(s: &str) -> Option<u64> {
    s.parse().ok()
}

impl<'a> Checker<'a> {
    fn error(&mut self, span: Span, code: &str, message: impl Into<String>) {
        self.diags.push(Diagnostic::error(span, code, message));
    }

    // ---------- structure ----------

    /// Records every top-level element: names given, unique and valid, types known.
    fn register(&mut self, program: &'a Program) {
        let mut singletons_seen: Vec<String> = Vec::new();
        for item in &program.items {
            let (name, name_span, element) = match item {
                Item::Typed(t) => (t.name.text.clone(), t.name.span, Element::Typed(t)),
                Item::Init(i) => (i.name.text(), i.name.span, Element::Init(i)),
                Item::Function(f) => match &f.name {
                    Some(n) => (n.text.clone(), n.span, Element::Function(f)),
                    None => {
                        self.error(
                            f.span,
                            codes::MISSING_NAME,
                            format!(
                                "this {}::{} function needs a name: only functions inside \
                                 another function can be anonymous",
                                f.type_t.text, f.subtype.text
                            ),
                        );
                        continue;
                    }
                },
                Item::Integer(_) => continue,
            };
            if self.elements.contains_key(&name) {
                self.error(
                    name_span,
                    codes::DUPLICATE_NAME,
                    format!("{name} has already been defined (names must be unique)"),
                );
                continue;
            }
            let first = name.split('.').next().unwrap_or_default();
            if first.contains('-') {
                self.error(
                    name_span,
                    codes::INVALID_NAME,
                    format!("invalid character (-) in name {first}: use _ instead"),
                );
            } else if RESERVED_NAMES.contains(&lower(first).as_str()) {
                self.error(
                    name_span,
                    codes::INVALID_NAME,
                    format!("invalid name {first}: tcp, udp, icmp, ct and ip name packet objects"),
                );
            }
            let type_t = match element {
                Element::Typed(t) => Some(&t.type_t),
                Element::Function(f) => Some(&f.type_t),
                Element::Init(_) => None,
            };
            if let Some(type_t) = type_t {
                let ty = lower(&type_t.text);
                let known = match element {
                    Element::Function(_) => FUNCTION_TYPES.contains(&ty.as_str()),
                    _ => VALUE_TYPES.contains(&ty.as_str()),
                };
                if !known {
                    let hint = if FUNCTION_TYPES.contains(&ty.as_str()) {
                        format!(
                            " ({} is a function type: write {}::IP name {{ ... }})",
                            type_t.text, type_t.text
                        )
                    } else if VALUE_TYPES.contains(&ty.as_str()) {
                        format!(
                            " ({} is not a function type: write {} name {{ ... }})",
                            type_t.text, type_t.text
                        )
                    } else {
                        " (the types are Iface, Gateway, Load_balancer, Syslog, Timer, Conntrack, \
                         and the functions Filter, Nat and Rewrite)"
                            .to_owned()
                    };
                    self.error(
                        type_t.span,
                        codes::UNKNOWN_TYPE,
                        format!("undefined type {}{hint}", type_t.text),
                    );
                    continue;
                }
                if SINGLETONS.contains(&ty.as_str()) {
                    if singletons_seen.contains(&ty) {
                        self.error(
                            type_t.span,
                            codes::SINGLETON,
                            format!(
                                "a {} has already been defined; a NaCl can have only one",
                                type_t.text
                            ),
                        );
                        continue;
                    }
                    singletons_seen.push(ty);
                }
            }
            if let Element::Init(i) = element
                && i.name.parts.len() > 1
            {
                self.assignments
                    .entry(i.name.parts[0].text.clone())
                    .or_default()
                    .push(i);
            }
            self.elements.insert(name, element);
        }
    }

    fn type_of(&self, name: &str) -> Option<String> {
        match self.elements.get(name)? {
            Element::Typed(t) => Some(lower(&t.type_t.text)),
            Element::Function(f) => Some(lower(&f.type_t.text)),
            Element::Init(_) => None,
        }
    }

    fn init(&mut self, init: &'a Initializer) {
        let parts = &init.name.parts;
        if parts.len() > 1 {
            if !self.elements.contains_key(&parts[0].text) {
                self.error(
                    init.span,
                    codes::UNDEFINED,
                    format!(
                        "no element with the name {} exists (this line assigns to a member of it)",
                        parts[0].text
                    ),
                );
            }
            // Assignments to typed elements are checked with them; others as values.
            if self
                .type_of(&parts[0].text)
                .is_some_and(|t| VALUE_TYPES.contains(&t.as_str()))
            {
                return;
            }
            self.value(&init.value, None, Severity::Error);
            return;
        }
        // A plain value is resolved only where it is used; an object's members right away.
        let severity = match init.value.kind {
            ValueKind::Obj(_) => Severity::Error,
            _ => Severity::Warning,
        };
        self.value(&init.value, None, severity);
    }

    // ---------- values ----------

    /// Checks addresses, masks and ranges in `v`, and that the names it uses exist.
    /// `subtype` is the subtype of the function the value is in, if any.
    fn value(&mut self, v: &Value, subtype: Option<&str>, severity: Severity) {
        match &v.kind {
            ValueKind::Ipv4(parts) => self.address(v.span, parts, "IPv4 address"),
            ValueKind::Cidr { addr, mask } => {
                self.address(v.span, addr, "IPv4 CIDR");
                if number(mask).is_none_or(|m| m > 32) || mask.starts_with('-') {
                    self.error(
                        v.span,
                        codes::INVALID_MASK,
                        format!(
                            "the mask of the CIDR {}.{}.{}.{}/{mask} is greater than 32",
                            addr[0], addr[1], addr[2], addr[3]
                        ),
                    );
                }
            }
            ValueKind::Range(from, to) => {
                let same = matches!(
                    (&from.kind, &to.kind),
                    (ValueKind::Ipv4(_), ValueKind::Ipv4(_))
                        | (ValueKind::Integer(_), ValueKind::Integer(_))
                        | (ValueKind::Decimal(_), ValueKind::Decimal(_))
                );
                if !same {
                    self.error(
                        v.span,
                        codes::INVALID_RANGE,
                        format!(
                            "both ends of a range must be of the same type (here {} and {})",
                            from.kind.describe(),
                            to.kind.describe()
                        ),
                    );
                }
                self.value(from, subtype, severity);
                self.value(to, subtype, severity);
            }
            ValueKind::Name(name) => self.name_ref(name, subtype, severity),
            ValueKind::Obj(pairs) => {
                let mut seen: Vec<&str> = Vec::new();
                for p in pairs {
                    if seen.contains(&p.key.text.as_str()) {
                        self.error(
                            p.key.span,
                            codes::DUPLICATE_MEMBER,
                            format!("member {} has already been set", p.key.text),
                        );
                    }
                    seen.push(&p.key.text);
                    self.value(&p.value, subtype, severity);
                }
            }
            ValueKind::List(values) => {
                for x in values {
                    self.value(x, subtype, severity);
                }
            }
            ValueKind::Integer(_)
            | ValueKind::Decimal(_)
            | ValueKind::Bool(_)
            | ValueKind::Str(_) => {}
        }
    }

    fn address(&mut self, span: Span, parts: &[String; 4], what: &str) {
        if parts.iter().any(|p| number(p).is_none_or(|n| n > 255)) {
            self.error(
                span,
                codes::INVALID_ADDRESS,
                format!("{what} {} has a part greater than 255", parts.join(".")),
            );
        }
    }

    fn name_ref(&mut self, name: &DottedName, subtype: Option<&str>, severity: Severity) {
        let first = &name.parts[0].text;
        let report = |c: &mut Self, code: &str, message: String| {
            let mut d = Diagnostic::error(name.span, code, message);
            d.severity = severity;
            c.diags.push(d);
        };
        if let Some(element) = self.elements.get(first) {
            if let Element::Function(_) = element {
                let message = if name.parts.len() == 1 {
                    format!("{first} is a function; a function's name cannot be used as a value")
                } else {
                    format!("{first} is a function; a function has no members")
                };
                report(self, codes::WRONG_TYPE, message);
            } else if name.parts.len() > 1
                && let Some(message) = self.member_ref(name)
            {
                report(self, codes::UNDEFINED, message);
            }
            return;
        }
        if name.parts.len() == 1 {
            if !PREDEFINED.contains(&lower(first).as_str()) {
                report(
                    self,
                    codes::UNDEFINED,
                    format!(
                        "undefined value {first}: no element has this name and it is no predefined value"
                    ),
                );
            }
            return;
        }
        let obj = lower(first);
        let Some(properties) = proto_properties(&obj) else {
            report(
                self,
                codes::UNDEFINED,
                format!(
                    "undefined value {}: no element named {first} exists",
                    name.text()
                ),
            );
            return;
        };
        let Some(subtype) = subtype else {
            report(
                self,
                codes::INVALID_VALUE,
                format!(
                    "{} is a packet property: it can be used only inside a function",
                    name.text()
                ),
            );
            return;
        };
        if !legal_objects(subtype).contains(&obj.as_str()) {
            report(
                self,
                codes::INVALID_VALUE,
                format!(
                    "a function of subtype {} cannot test on {first} properties",
                    subtype.to_uppercase()
                ),
            );
        } else if name.parts.len() > 2 {
            report(
                self,
                codes::INVALID_VALUE,
                format!("undefined packet property {}", name.text()),
            );
        } else if !properties.contains(&lower(&name.parts[1].text).as_str()) {
            report(
                self,
                codes::INVALID_VALUE,
                format!(
                    "no property named {} in {} (it has {})",
                    name.parts[1].text,
                    obj.to_uppercase(),
                    properties.join(", ")
                ),
            );
        }
    }

    /// Follows names of plain elements (`x: 10.0.0.1`) to the value they stand for.
    fn resolve<'v>(&self, v: &'v Value) -> Option<&'v Value>
    where
        'a: 'v,
    {
        let mut v = v;
        for _ in 0..16 {
            let ValueKind::Name(name) = &v.kind else {
                return Some(v);
            };
            match self.elements.get(&name.text()) {
                Some(Element::Init(i)) => v = &i.value,
                _ => return None,
            }
        }
        None
    }

    // ---------- typed elements ----------

    fn typed(&mut self, t: &'a TypedInit) {
        if !matches!(self.elements.get(&t.name.text), Some(Element::Typed(x)) if std::ptr::eq(*x, t))
        {
            return; // not registered: a duplicate or an unknown type, already reported
        }
        match lower(&t.type_t.text).as_str() {
            IFACE => self.iface(t),
            GATEWAY => self.gateway(t),
            other => {
                if let Some(kind) = members::Kind::of(other) {
                    self.tree_element(kind, t);
                }
            }
        }
    }
}

mod functions;
mod gateway;
mod iface;
mod members;
