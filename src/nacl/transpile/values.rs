//! Values and functions to C++: NaCl.py's value, function and action transpilers.

use super::{Kind, Mv, R, Transpiler, fail};
use crate::nacl::ast::{
    Action, BoolExpr, Conditional, Function, Pair, Span, Stmt, Value, ValueKind,
};

/// A resolved value, as NaCl.py holds it: a string (C++ text), a Python integer (the named
/// ports), a list (an object's or list's values) or a range (its two ends).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Pv {
    Str(String),
    Int(i64),
    Seq(Vec<Pv>),
    Range(Box<Pv>, Box<Pv>),
}

impl Pv {
    /// Python's `str()` of the value.
    pub(crate) fn py_str(&self) -> String {
        match self {
            Pv::Str(s) => s.clone(),
            Pv::Int(i) => i.to_string(),
            Pv::Seq(items) => {
                let mut parts = vec!["True".to_owned()];
                parts.extend(items.iter().map(Pv::py_repr));
                format!("[{}]", parts.join(", "))
            }
            Pv::Range(a, b) => format!("[{}, {}]", a.py_repr(), b.py_repr()),
        }
    }

    fn py_repr(&self) -> String {
        match self {
            Pv::Str(s) => format!("u'{s}'"),
            other => other.py_str(),
        }
    }

    /// Whether Python's `int()` accepts it.
    pub(crate) fn is_int(&self) -> bool {
        match self {
            Pv::Int(_) => true,
            Pv::Str(s) => {
                let t = s.trim();
                let t = t.strip_prefix(['-', '+']).unwrap_or(t);
                !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
            }
            _ => false,
        }
    }

    fn is_list(&self) -> bool {
        matches!(self, Pv::Seq(_) | Pv::Range(..))
    }
}

const CIDR_CLASS: &str = "ip4::Cidr";

/// NaCl's predefined names (lowercase) and their C++.
fn predefined(name: &str) -> Option<Pv> {
    let s = match name {
        "oif" => "stack2.oif()",
        "oifname" => "stack2.oifname()",
        "iif" => "stack.iif()",
        "iifname" => "stack.iifname()",
        "fin" => "tcp::Flag::FIN",
        "syn" => "tcp::Flag::SYN",
        "rst" => "tcp::Flag::RST",
        "psh" => "tcp::Flag::PSH",
        "ack" => "tcp::Flag::ACK",
        "urg" => "tcp::Flag::URG",
        "cwr" => "tcp::Flag::CWR",
        "ece" => "tcp::Flag::ECE",
        "ns" => "tcp::Flag::NS",
        "ssh" => return Some(Pv::Int(22)),
        "dns" => return Some(Pv::Int(53)),
        "http" => return Some(Pv::Int(80)),
        "https" => return Some(Pv::Int(443)),
        "tcp" => "Protocol::TCP",
        "udp" => "Protocol::UDP",
        "icmp" => "Protocol::ICMPv4",
        "ip" => "Protocol::IPv4",
        "echo-reply" => "icmp4::Type::ECHO_REPLY",
        "destination-unreachable" => "icmp4::Type::DEST_UNREACHABLE",
        "redirect" => "icmp4::Type::REDIRECT",
        "echo-request" => "icmp4::Type::ECHO",
        "time-exceeded" => "icmp4::Type::TIME_EXCEEDED",
        "parameter-problem" => "icmp4::Type::PARAMETER_PROBLEM",
        "timestamp-request" => "icmp4::Type::TIMESTAMP",
        "timestamp-reply" => "icmp4::Type::TIMESTAMP_REPLY",
        "established" => "Conntrack::State::ESTABLISHED",
        "new" => "Conntrack::State::NEW",
        "related" => "Conntrack::State::RELATED",
        "invalid" => "Conntrack::State::INVALID",
        "round_robin" => "round_robin",
        _ => return None,
    };
    Some(Pv::Str(s.to_owned()))
}

/// The C++ of a packet property (`tcp.dport`...), and whether `log` prints it as a string.
fn property(obj: &str, prop: &str) -> Option<(&'static str, bool)> {
    let m = match (obj, prop) {
        ("tcp" | "udp", "sport") => "src_port()",
        ("tcp" | "udp", "dport") => "dst_port()",
        ("tcp", "sequence") => "seq()",
        ("tcp", "ackseq") => "ack()",
        ("tcp", "doff") => "offset()",
        ("tcp", "reserved") => "tcp_header().offset_flags.offset_reserved",
        ("tcp", "flags") => "tcp_header().offset_flags.flags",
        ("tcp", "window") => "win()",
        ("tcp", "checksum") => "tcp_checksum()",
        ("tcp", "urgptr") => "tcp_header().urgent",
        ("udp", "length") => "length()",
        ("udp", "checksum") => "checksum()",
        ("ip", "version") => "ip_version()",
        ("ip", "hdrlength") => "ip_header_length()",
        ("ip", "dscp") => "ip_dscp()",
        ("ip", "ecn") => "ip_ecn()",
        ("ip", "length") => "ip_total_length()",
        ("ip", "id") => "ip_id()",
        ("ip", "frag-off") => "ip_frag_offs()",
        ("ip", "ttl") => "ip_ttl()",
        ("ip", "protocol") => "ip_protocol()",
        ("ip", "checksum") => "ip_checksum()",
        ("ip", "saddr") => return Some(("ip_src()", true)),
        ("ip", "daddr") => return Some(("ip_dst()", true)),
        ("icmp", "type") => "type()",
        ("ct", "state") => "state",
        _ => return None,
    };
    Some((m, false))
}

fn legal_objects(subtype: &str) -> &'static [&'static str] {
    match subtype {
        "tcp" => &["tcp", "ip", "ct"],
        "udp" => &["udp", "ip", "ct"],
        "icmp" => &["icmp", "ip", "ct"],
        "ip" => &["ip", "ct"],
        _ => &[],
    }
}

fn legal_nested(subtype: &str) -> &'static [&'static str] {
    match subtype {
        "tcp" => &["ip", "tcp"],
        "udp" => &["ip", "udp"],
        "icmp" => &["ip", "icmp"],
        "ip" => &["ip", "tcp", "udp", "icmp"],
        _ => &[],
    }
}

fn pckt_name(subtype: &str) -> &'static str {
    match subtype {
        "tcp" => "tcp_pckt",
        "udp" => "udp_pckt",
        "icmp" => "icmp_pckt",
        _ => "pckt",
    }
}

fn access_op(subtype: &str) -> &'static str {
    if subtype == "ip" { "->" } else { "." }
}

fn protocol(subtype: &str) -> Option<&'static str> {
    Some(match subtype {
        "tcp" => "Protocol::TCP",
        "udp" => "Protocol::UDP",
        "icmp" => "Protocol::ICMPv4",
        "ip" => "Protocol::IPv4",
        _ => return None,
    })
}

const PROTO_OBJECTS: [&str; 5] = ["tcp", "udp", "ip", "icmp", "ct"];

fn accept(subtype: &str) -> &'static str {
    if subtype.eq_ignore_ascii_case("icmp") {
        "return {icmp_pckt.release(), Filter_verdict_type::ACCEPT};\n"
    } else {
        "return {std::move(pckt), Filter_verdict_type::ACCEPT};\n"
    }
}

const DROP: &str = "return {nullptr, Filter_verdict_type::DROP};\n";

fn ipv4(parts: &[String; 4], span: Span, what: &str, text: &str) -> R<()> {
    if parts
        .iter()
        .any(|p| p.parse::<u64>().map_or(true, |n| n > 255))
    {
        return fail(
            span,
            format!("IPv4 {what} {text} contains bytes greater than 255"),
        );
    }
    Ok(())
}

fn numeric(v: &Value) -> Option<String> {
    match &v.kind {
        ValueKind::Integer(s) | ValueKind::Decimal(s) => Some(match s.strip_prefix('-') {
            Some(rest) => format!("(-{rest})"),
            None => s.clone(),
        }),
        _ => None,
    }
}

pub(super) fn transpile_value(t: &mut Transpiler<'_>, v: &Value, subtype: &str) -> R<Pv> {
    match &v.kind {
        ValueKind::Name(n) => {
            let parts: Vec<String> = n.parts.iter().map(|p| p.text.clone()).collect();
            name_value(t, v, &parts, subtype)
        }
        ValueKind::Integer(_) | ValueKind::Decimal(_) => {
            Ok(Pv::Str(numeric(v).unwrap_or_default()))
        }
        ValueKind::Bool(b) => Ok(Pv::Str(if *b { "true" } else { "false" }.to_owned())),
        ValueKind::Ipv4(parts) => {
            let text = parts.join(".");
            ipv4(parts, v.span, "addr", &text)?;
            Ok(Pv::Str(format!("IP4::addr{{{}}}", parts.join(","))))
        }
        ValueKind::Cidr { addr, mask } => {
            let text = format!("{}/{mask}", addr.join("."));
            ipv4(addr, v.span, "cidr", &text)?;
            if mask.parse::<u64>().map_or(true, |m| m > 32) {
                return fail(
                    v.span,
                    format!("IPv4 cidr mask in {text} is greater than 32"),
                );
            }
            Ok(Pv::Str(format!(
                "{CIDR_CLASS}{{{},{mask}}}",
                addr.join(",")
            )))
        }
        ValueKind::Range(a, b) => {
            let same = matches!(
                (&a.kind, &b.kind),
                (ValueKind::Ipv4(_), ValueKind::Ipv4(_))
                    | (ValueKind::Integer(_), ValueKind::Integer(_))
                    | (ValueKind::Decimal(_), ValueKind::Decimal(_))
            );
            if !same {
                return fail(v.span, "A range's values need to be of the same type");
            }
            let from = transpile_value(t, a, subtype)?;
            let to = transpile_value(t, b, subtype)?;
            Ok(Pv::Range(Box::new(from), Box::new(to)))
        }
        ValueKind::Str(s) => Ok(Pv::Str(format!("\"{s}\""))),
        ValueKind::Obj(pairs) => {
            let mut items = Vec::new();
            for p in pairs {
                items.push(t.value(&p.value, "")?);
            }
            Ok(Pv::Seq(items))
        }
        ValueKind::List(values) => {
            let mut items = Vec::new();
            for x in values {
                items.push(t.value(x, "")?);
            }
            Ok(Pv::Seq(items))
        }
    }
}

fn name_value(t: &mut Transpiler<'_>, v: &Value, parts: &[String], subtype: &str) -> R<Pv> {
    let name = &parts[0];
    let Some(e) = t.lookup(name) else {
        let lower = name.to_ascii_lowercase();
        if parts.len() == 1 {
            return predefined(&lower)
                .map_or_else(|| fail(v.span, format!("Undefined value {name}")), Ok);
        }
        if !PROTO_OBJECTS.contains(&lower.as_str()) {
            return fail(v.span, format!("Undefined value {name}"));
        }
        if subtype.is_empty() {
            return fail(
                v.span,
                format!(
                    "Trying to transpile protocol object ({name}), but the function's subtype has not been given"
                ),
            );
        }
        let sub = subtype.to_ascii_lowercase();
        if !legal_objects(&sub).contains(&lower.as_str()) {
            return fail(
                v.span,
                format!("A function of subtype {subtype} cannot test on {name} properties"),
            );
        }
        if parts.len() > 2 {
            return fail(
                v.span,
                format!("Undefined protocol object properties: {}", parts.join(".")),
            );
        }
        let prop = parts[1].to_ascii_lowercase();
        let Some((mut method, _)) = property(&lower, &prop) else {
            return fail(
                v.span,
                format!("No property named {prop} in {}", lower.to_uppercase()),
            );
        };
        if lower == "ct" {
            return Ok(Pv::Str(format!("ct_entry->{method}")));
        }
        let op = access_op(&sub);
        let owned;
        if sub == "icmp" && lower == "ip" {
            owned = format!("ip(){op}{method}");
            method = &owned;
        }
        let cast = if lower == "ip" && (prop == "dscp" || prop == "ecn") {
            "(uint8_t) "
        } else {
            ""
        };
        return Ok(Pv::Str(format!("{cast}{}{op}{method}", pckt_name(&sub))));
    };
    let kind = t.elems[e].kind;
    let elem_name = t.elems[e].name.clone();
    if parts.len() == 1 {
        return match kind {
            Kind::Function(_) => fail(
                v.span,
                format!(
                    "The name of a function ({elem_name}) cannot be used as a value name in a comparison"
                ),
            ),
            Kind::Untyped(val) | Kind::Typed(_, val) => t.value(val, ""),
        };
    }
    let members: Vec<String> = parts[1..].to_vec();
    let not_found = || format!("Could not identify {elem_name}.{}", members.join("."));
    let val = match kind {
        Kind::Function(_) => {
            return fail(
                v.span,
                format!("A function ({elem_name}) does not have any named attributes"),
            );
        }
        Kind::Untyped(val) => {
            let dict = t.untyped_members(e)?.clone();
            let refs: Vec<&str> = members.iter().map(String::as_str).collect();
            match super::get_dictionary_val(&dict, &refs, v.span)? {
                None => return fail(v.span, not_found()),
                Some(Mv::Val(pv)) => return Ok(pv.clone()),
                Some(_) => {}
            }
            val
        }
        Kind::Typed(_, val) => val,
    };
    if let ValueKind::Obj(pairs) = &val.kind
        && let Some(pv) = member_of_obj(t, pairs, &members)?
    {
        return Ok(pv);
    }
    // An assignment (`x.a.b: ...`) or the nearest one above it.
    let full = format!("{elem_name}.{}", members.join("."));
    let mut probe = full.clone();
    let found = loop {
        if let Some(a) = t.lookup(&probe) {
            break a;
        }
        match probe.rfind('.') {
            Some(dot) => probe.truncate(dot),
            None => return fail(v.span, not_found()),
        }
    };
    let a_name = t.elems[found].name.clone();
    let Some(a_val) = t.elems[found].value() else {
        return fail(v.span, not_found());
    };
    if let ValueKind::Obj(pairs) = &a_val.kind {
        let rest = full
            .strip_prefix(&format!("{a_name}."))
            .unwrap_or(&full)
            .to_owned();
        return match member_of_obj(t, pairs, &[rest])? {
            Some(pv) => Ok(pv),
            None => fail(v.span, not_found()),
        };
    }
    t.value(a_val, "")
}

/// `a.b.c` inside an object written in place: the first key that matches each part.
fn member_of_obj(t: &mut Transpiler<'_>, pairs: &[Pair], path: &[String]) -> R<Option<Pv>> {
    let Some(pair) = pairs.iter().find(|p| p.key.text == path[0]) else {
        return Ok(None);
    };
    if path.len() == 1 {
        return t.value(&pair.value, "").map(Some);
    }
    match &pair.value.kind {
        ValueKind::Obj(inner) => member_of_obj(t, inner, &path[1..]),
        _ => Ok(None),
    }
}

// ---------- functions ----------

impl<'a> Transpiler<'a> {
    /// The C++ of a function's body; `parent` is the subtype of the function it is nested
    /// in or called from ("" at the top).
    pub(super) fn function(
        &mut self,
        type_t: &str,
        subtype: &str,
        f: &Function,
        parent: &str,
    ) -> R<String> {
        let mut out = String::new();
        if parent.is_empty() {
            out.push_str("if (not ct_entry) {\n");
            out.push_str(DROP);
            out.push_str("}\n");
        }
        let sub = subtype.to_ascii_lowercase();
        let is_ip = sub == "ip";
        let parent = parent.to_ascii_lowercase();
        if !is_ip {
            let Some(proto) = protocol(&sub) else {
                return fail(
                    f.subtype.span,
                    format!("No protocol named {subtype} exists"),
                );
            };
            let cast = match sub.as_str() {
                "tcp" => "auto& tcp_pckt = static_cast<tcp::Packet&>(*pckt);",
                "udp" => "auto& udp_pckt = static_cast<PacketUDP&>(*pckt);",
                _ => "auto icmp_pckt = icmp4::Packet(std::move(pckt));",
            };
            if parent.is_empty() || parent == "ip" {
                out.push_str(&format!(
                    "if (pckt->ip_protocol() == {proto}) {{\n{cast}\n\n"
                ));
            } else if sub != parent {
                let method = if parent == "icmp" {
                    "ip().ip_protocol()"
                } else {
                    "ip_protocol()"
                };
                out.push_str(&format!(
                    "if ({}{}{method} == {proto}) {{\n{cast}\n\n",
                    pckt_name(&parent),
                    access_op(&parent)
                ));
            }
        }
        let body_subtype = if !parent.is_empty() && is_ip {
            parent.clone()
        } else {
            subtype.to_owned()
        };
        out.push_str(&self.body(type_t, &body_subtype, &f.body)?);
        if sub == "icmp" {
            out.push_str("pckt = icmp_pckt.release();\n");
        }
        if !is_ip && sub != parent {
            out.push_str("}\n");
        }
        Ok(out)
    }

    fn body(&mut self, type_t: &str, subtype: &str, stmts: &[Stmt]) -> R<String> {
        let mut out = String::new();
        for s in stmts {
            match s {
                Stmt::If(c) => out.push_str(&self.conditional(type_t, subtype, c)?),
                Stmt::Action(a) => out.push_str(&self.action(type_t, subtype, a)?),
                Stmt::Function(nested) => {
                    if !nested.type_t.text.eq_ignore_ascii_case(type_t) {
                        return fail(
                            nested.type_t.span,
                            format!(
                                "You cannot create a function of type {} inside a function of type {type_t}",
                                nested.type_t.text
                            ),
                        );
                    }
                    let nested_sub = nested.subtype.text.to_ascii_lowercase();
                    if !legal_nested(&subtype.to_ascii_lowercase()).contains(&nested_sub.as_str()) {
                        return fail(
                            nested.subtype.span,
                            format!(
                                "You cannot create a function of subtype {} inside a function of subtype {subtype}",
                                nested.subtype.text
                            ),
                        );
                    }
                    out.push_str(&self.function(
                        &nested.type_t.text,
                        &nested.subtype.text,
                        nested,
                        subtype,
                    )?);
                }
            }
        }
        Ok(out)
    }

    fn conditional(&mut self, type_t: &str, subtype: &str, c: &Conditional) -> R<String> {
        let cond = self.bool_expr(subtype, &c.condition)?;
        let mut out = format!(
            "if ({cond}) {{\n{}}}\n",
            self.body(type_t, subtype, &c.then)?
        );
        if let Some(otherwise) = &c.otherwise {
            out.push_str(&format!(
                "else {{\n{}}}\n",
                self.body(type_t, subtype, otherwise)?
            ));
        }
        Ok(out)
    }

    fn bool_expr(&mut self, subtype: &str, e: &BoolExpr) -> R<String> {
        Ok(match e {
            BoolExpr::Value { not, value, .. } => {
                // NaCl.py resolves a lone value without the function's subtype.
                let v = self.value(value, "")?.py_str();
                format!("{}{v}", if *not { "!" } else { "" })
            }
            BoolExpr::Compare {
                not,
                lhs,
                op_span,
                rhs,
                ..
            } => {
                let op = self
                    .source()
                    .get(op_span.start..op_span.end)
                    .unwrap_or("")
                    .to_owned();
                let c = self.comparison(subtype, lhs, &op, *op_span, rhs)?;
                if *not { format!("!({c})") } else { c }
            }
            BoolExpr::Group { not, inner, .. } => {
                let i = self.bool_expr(subtype, inner)?;
                format!("{}({i})", if *not { "!" } else { "" })
            }
            BoolExpr::Logic { lhs, rhs, .. } => {
                let op = self.logic_op_text(lhs.span(), rhs.span());
                let l = self.bool_expr(subtype, lhs)?;
                let r = self.bool_expr(subtype, rhs)?;
                format!("{l} {op} {r}")
            }
        })
    }

    /// `and`, `or`, `&&` or `||` as written between two conditions.
    fn logic_op_text(&self, lhs: Span, rhs: Span) -> String {
        let between = self.source().get(lhs.end..rhs.start).unwrap_or("");
        let mut rest = between;
        // Skip comments and spaces around the operator.
        loop {
            rest = rest.trim_start();
            if rest.starts_with("//") || rest.starts_with('#') {
                rest = rest.split_once('\n').map_or("", |(_, r)| r);
            } else if let Some(r) = rest.strip_prefix("/*") {
                rest = r.split_once("*/").map_or("", |(_, r)| r);
            } else {
                break;
            }
        }
        for op in ["&&", "||", "and", "or"] {
            if rest.starts_with(op) {
                return op.to_owned();
            }
        }
        "and".to_owned()
    }

    fn comparison(
        &mut self,
        subtype: &str,
        lhs: &Value,
        op: &str,
        op_span: Span,
        rhs: &Value,
    ) -> R<String> {
        let l = self.value(lhs, subtype)?;
        let r = self.value(rhs, subtype)?;
        if !l.is_list() && !r.is_list() {
            let (ls, rs) = (l.py_str(), r.py_str());
            if rs.contains(CIDR_CLASS) {
                if !op.eq_ignore_ascii_case("in") {
                    return fail(
                        op_span,
                        format!(
                            "Invalid operator ({op}). Only the 'in' operator is valid when comparing a property to a range, cidr, list or object"
                        ),
                    );
                }
                return Ok(format!("{rs}.contains({ls})"));
            }
            if op.eq_ignore_ascii_case("in") {
                return fail(
                    op_span,
                    "The 'in' operator can only be used when comparing a property to a range, cidr, list or object",
                );
            }
            return Ok(format!("{ls} {op} {rs}"));
        }
        if op != "in" {
            return fail(
                op_span,
                format!(
                    "Invalid operator ({op}). Only the 'in' operator is valid when comparing a value to a range, cidr, list or object"
                ),
            );
        }
        if l.is_list() {
            return fail(
                lhs.span,
                "The left hand side of a comparison can not resolve to a set of values, e.g. a range, cidr, list or object",
            );
        }
        Ok(set_comparison(&r, &l.py_str(), false))
    }

    fn action(&mut self, type_t: &str, subtype: &str, a: &Action) -> R<String> {
        let params: &[Value] = a.args.as_deref().unwrap_or(&[]);
        let name = &a.name.text;
        let lower = name.to_ascii_lowercase();
        let known = ["accept", "drop", "log", "syslog", "snat", "dnat"];
        if !known.contains(&lower.as_str()) {
            let callee = match self.lookup(name) {
                Some(e) => match self.elems[e].kind {
                    Kind::Function(f) => f,
                    _ => {
                        return fail(
                            a.span,
                            format!("Couldn't identify action or function name {name}"),
                        );
                    }
                },
                None => {
                    return fail(
                        a.span,
                        format!("Couldn't identify action or function name {name}"),
                    );
                }
            };
            if !params.is_empty() {
                return fail(a.span, "A function call takes no parameters");
            }
            if !callee.type_t.text.eq_ignore_ascii_case(type_t) {
                return fail(
                    a.span,
                    format!(
                        "Error transpiling call to {name}: A function of type {type_t} can only call functions of the same type"
                    ),
                );
            }
            let callee_sub = callee.subtype.text.to_ascii_lowercase();
            if !legal_nested(&subtype.to_ascii_lowercase()).contains(&callee_sub.as_str()) {
                return fail(
                    a.span,
                    format!(
                        "Cannot call a function of subtype {} inside a function of subtype {subtype}",
                        callee.subtype.text
                    ),
                );
            }
            return self.function(&callee.type_t.text, &callee.subtype.text, callee, subtype);
        }
        let legal: &[&str] = match type_t.to_ascii_lowercase().as_str() {
            "filter" => &["accept", "drop", "log", "syslog"],
            "nat" => &["dnat", "snat", "log", "syslog"],
            _ => &[],
        };
        if !legal.contains(&lower.as_str()) {
            return fail(
                a.span,
                format!(
                    "Error transpiling action {name}: Legal actions for a function of type {type_t} are: {}",
                    legal.join(", ")
                ),
            );
        }
        match lower.as_str() {
            "accept" | "drop" => {
                if !params.is_empty() {
                    return fail(a.span, format!("An {lower} action takes no parameters"));
                }
                Ok(if lower == "accept" {
                    accept(subtype)
                } else {
                    DROP
                }
                .to_owned())
            }
            "log" => {
                let mut parts = Vec::new();
                for p in params {
                    if matches!(p.kind, ValueKind::Str(_)) {
                        parts.push(self.value(p, subtype)?.py_str());
                        continue;
                    }
                    let as_string = self.printed_as_string(p)?;
                    let v = self.value(p, subtype)?.py_str();
                    parts.push(if as_string {
                        format!("{v}.to_string()")
                    } else {
                        format!("static_cast<unsigned>({v})")
                    });
                }
                Ok(format!("std::cout << {};\n", parts.join(" << ")))
            }
            "syslog" => {
                if params.len() < 2 {
                    return fail(a.span, "Too few arguments (syslog takes at least 2)");
                }
                let sev_value = &params[0];
                let sev = match &sev_value.kind {
                    ValueKind::Name(n) => severity(&n.text().to_ascii_lowercase()),
                    _ => None,
                };
                let Some(sev) = sev else {
                    return fail(
                        sev_value.span,
                        "Invalid syslog severity level. Valid severity levels are emerg, alert, crit, err, warning, notice, info, debug",
                    );
                };
                let mut format_str = String::new();
                let mut args = String::new();
                for p in &params[1..] {
                    if matches!(p.kind, ValueKind::Str(_)) {
                        let s = self.value(p, subtype)?.py_str();
                        let inner = s
                            .strip_prefix('"')
                            .and_then(|x| x.strip_suffix('"'))
                            .unwrap_or(&s);
                        format_str.push_str(inner);
                        continue;
                    }
                    let as_string = self.printed_as_string(p)?;
                    let v = self.value(p, subtype)?.py_str();
                    if as_string {
                        format_str.push_str("%s");
                        args.push_str(&format!(", {v}.to_string().c_str()"));
                    } else {
                        format_str.push_str("%u");
                        args.push_str(&format!(", {v}"));
                    }
                }
                Ok(format!("Syslog::syslog({sev}, \"{format_str}\"{args});\n"))
            }
            _ => {
                let params_text = match params {
                    [] => return fail(a.span, format!("No arguments provided to {lower}")),
                    [one] => format!("*pckt, ct_entry, {}", self.value(one, "")?.py_str()),
                    [first, second, ..] => {
                        let f = self.value(first, "")?.py_str();
                        let s = self.value(second, "")?.py_str();
                        format!("*pckt, ct_entry, {{{f}, {s}}}")
                    }
                };
                Ok(format!(
                    "nacl_natty_obj->{lower}({params_text});\n{}",
                    accept(subtype)
                ))
            }
        }
    }

    /// Whether `log`/`syslog` prints a packet property as a string (an address) or as a
    /// number; other values cannot be printed.
    fn printed_as_string(&self, p: &Value) -> R<bool> {
        let ValueKind::Name(n) = &p.kind else {
            return fail(p.span, "This value can not be printed");
        };
        if n.parts.len() == 1 {
            return fail(p.span, "This value can not be printed");
        }
        let obj = n.parts[0].text.to_ascii_lowercase();
        if !PROTO_OBJECTS.contains(&obj.as_str()) {
            return fail(
                p.span,
                format!("{} is not a valid protocol", n.parts[0].text),
            );
        }
        if n.parts.len() > 2 {
            return fail(
                p.span,
                format!("Undefined protocol object properties: {}", n.text()),
            );
        }
        let prop = n.parts[1].text.to_ascii_lowercase();
        match property(&obj, &prop) {
            Some((_, s)) => Ok(s),
            None => fail(
                p.span,
                format!("No property named {prop} in {}", obj.to_uppercase()),
            ),
        }
    }
}

fn severity(s: &str) -> Option<&'static str> {
    Some(match s {
        "emerg" => "LOG_EMERG",
        "alert" => "LOG_ALERT",
        "crit" => "LOG_CRIT",
        "err" => "LOG_ERR",
        "warning" => "LOG_WARNING",
        "notice" => "LOG_NOTICE",
        "info" => "LOG_INFO",
        "debug" => "LOG_DEBUG",
        _ => return None,
    })
}

/// `lhs in set`: a range is one pair of bounds; a list or object is any of its values (a CIDR
/// by `contains`, a nested list or range flattened into the same alternatives).
fn set_comparison(set: &Pv, lhs: &str, inner: bool) -> String {
    match set {
        Pv::Range(from, to) => format!("({lhs} >= {} and {lhs} <= {})", from.py_str(), to.py_str()),
        Pv::Seq(items) => {
            let alternatives: Vec<String> = items
                .iter()
                .map(|item| match item {
                    Pv::Seq(_) | Pv::Range(..) => set_comparison(item, lhs, true),
                    other => {
                        let s = other.py_str();
                        if s.contains(CIDR_CLASS) {
                            format!("{s}.contains({lhs})")
                        } else {
                            format!("{lhs} == {s}")
                        }
                    }
                })
                .collect();
            let joined = alternatives.join(" or ");
            if inner { joined } else { format!("({joined})") }
        }
        other => other.py_str(),
    }
}
