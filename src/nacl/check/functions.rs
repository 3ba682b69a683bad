//! `Filter::IP name { ... }`, `Nat::IP name { ... }`: subtypes, nesting, actions, calls and
//! the values in conditions.

use super::*;

const SUBTYPES: [&str; 4] = ["ip", "tcp", "udp", "icmp"];

fn legal_actions(type_t: &str) -> &'static [&'static str] {
    match type_t {
        "filter" => &["accept", "drop", "log", "syslog"],
        "nat" => &["dnat", "snat", "log", "syslog"],
        _ => &[],
    }
}

impl<'a> Checker<'a> {
    pub(super) fn top_function(&mut self, f: &'a Function) {
        let registered = f.name.as_ref().is_some_and(|n| {
            matches!(self.elements.get(&n.text), Some(Element::Function(x)) if std::ptr::eq(*x, f))
        });
        if !registered {
            return;
        }
        self.function(f);
    }

    fn function(&mut self, f: &Function) {
        let subtype = lower(&f.subtype.text);
        if !SUBTYPES.contains(&subtype.as_str()) {
            self.error(
                f.subtype.span,
                codes::INVALID_FUNCTION,
                format!(
                    "unknown subtype {}: a function's subtype is IP, TCP, UDP or ICMP",
                    f.subtype.text
                ),
            );
            return;
        }
        let type_t = lower(&f.type_t.text);
        self.body(&f.body, &f.type_t.text, &type_t, &subtype);
    }

    fn body(&mut self, body: &[Stmt], type_name: &str, type_t: &str, subtype: &str) {
        for s in body {
            match s {
                Stmt::Function(inner) => {
                    if lower(&inner.type_t.text) != type_t {
                        self.error(
                            inner.type_t.span,
                            codes::INVALID_FUNCTION,
                            format!("you cannot create a function of type {} inside a function of type {type_name}", inner.type_t.text),
                        );
                        continue;
                    }
                    let inner_sub = lower(&inner.subtype.text);
                    if SUBTYPES.contains(&inner_sub.as_str())
                        && !legal_nested(subtype).contains(&inner_sub.as_str())
                    {
                        self.error(
                            inner.subtype.span,
                            codes::INVALID_FUNCTION,
                            format!(
                                "you cannot create a function of subtype {} inside a function of subtype {}",
                                inner.subtype.text,
                                subtype.to_uppercase()
                            ),
                        );
                        continue;
                    }
                    self.function(inner);
                }
                Stmt::If(c) => {
                    self.condition(&c.condition, subtype);
                    self.body(&c.then, type_name, type_t, subtype);
                    if let Some(o) = &c.otherwise {
                        self.body(o, type_name, type_t, subtype);
                    }
                }
                Stmt::Action(a) => self.action(a, type_name, type_t, subtype),
            }
        }
    }

    fn condition(&mut self, e: &BoolExpr, subtype: &str) {
        match e {
            BoolExpr::Value { value, .. } => self.value(value, Some(subtype), Severity::Error),
            BoolExpr::Compare {
                lhs,
                op,
                op_span,
                rhs,
                ..
            } => {
                self.value(lhs, Some(subtype), Severity::Error);
                self.value(rhs, Some(subtype), Severity::Error);
                if matches!(
                    lhs.kind,
                    ValueKind::List(_)
                        | ValueKind::Range(..)
                        | ValueKind::Cidr { .. }
                        | ValueKind::Obj(_)
                ) {
                    self.error(
                        lhs.span,
                        codes::INVALID_CONDITION,
                        "the left hand side of a comparison cannot be a set of values (a list, range or CIDR)",
                    );
                }
                let set = matches!(
                    rhs.kind,
                    ValueKind::List(_)
                        | ValueKind::Range(..)
                        | ValueKind::Cidr { .. }
                        | ValueKind::Obj(_)
                );
                if set && !matches!(op, CompareOp::In | CompareOp::Eq | CompareOp::Ne) {
                    self.error(
                        *op_span,
                        codes::INVALID_CONDITION,
                        format!("invalid operator ({op}): a set of values (list, range or CIDR) is compared with in, == or !="),
                    );
                }
            }
            BoolExpr::Group { inner, .. } => self.condition(inner, subtype),
            BoolExpr::Logic { lhs, rhs, .. } => {
                self.condition(lhs, subtype);
                self.condition(rhs, subtype);
            }
        }
    }

    fn action(&mut self, a: &Action, type_name: &str, type_t: &str, subtype: &str) {
        let name = lower(&a.name.text);
        let args: &[Value] = a.args.as_deref().unwrap_or(&[]);
        let builtin = ["accept", "drop", "log", "syslog", "snat", "dnat"].contains(&name.as_str());
        if !builtin {
            let Some(Element::Function(called)) = self.elements.get(&a.name.text).copied() else {
                self.error(
                    a.span,
                    codes::INVALID_ACTION,
                    format!(
                        "couldn't identify action or function name {}: the actions are {}",
                        a.name.text,
                        legal_actions(type_t).join(", ")
                    ),
                );
                return;
            };
            if !args.is_empty() {
                self.error(
                    a.span,
                    codes::INVALID_ACTION,
                    "a function call takes no parameters",
                );
            }
            if lower(&called.type_t.text) != type_t {
                self.error(
                    a.span,
                    codes::INVALID_ACTION,
                    format!("cannot call {}: a function of type {type_name} can only call functions of the same type", a.name.text),
                );
            } else if !legal_nested(subtype).contains(&lower(&called.subtype.text).as_str()) {
                self.error(
                    a.span,
                    codes::INVALID_ACTION,
                    format!(
                        "cannot call a function of subtype {} inside a function of subtype {}",
                        called.subtype.text,
                        subtype.to_uppercase()
                    ),
                );
            }
            return;
        }
        if !legal_actions(type_t).contains(&name.as_str()) {
            self.error(
                a.span,
                codes::INVALID_ACTION,
                format!(
                    "{} is not an action of a {type_name}; its actions are: {}",
                    a.name.text,
                    legal_actions(type_t).join(", ")
                ),
            );
            return;
        }
        // A syslog's first argument is its severity, checked below.
        let skip = usize::from(name == "syslog");
        for v in args.iter().skip(skip) {
            self.value(v, Some(subtype), Severity::Error);
        }
        match name.as_str() {
            "accept" | "drop" if !args.is_empty() => {
                self.error(
                    a.span,
                    codes::INVALID_ACTION,
                    format!("{name} takes no parameters"),
                );
            }
            "syslog" => {
                if args.len() < 2 {
                    self.error(
                        a.span,
                        codes::INVALID_ACTION,
                        "too few arguments (syslog takes a severity and at least one more)",
                    );
                    return;
                }
                let ok = matches!(&args[0].kind, ValueKind::Name(n) if SYSLOG_SEVERITIES.contains(&lower(&n.text()).as_str()));
                if !ok {
                    self.error(
                        args[0].span,
                        codes::INVALID_ACTION,
                        format!(
                            "invalid syslog severity level; valid levels are {}",
                            SYSLOG_SEVERITIES.join(", ")
                        ),
                    );
                }
            }
            "snat" | "dnat" if args.is_empty() => {
                self.error(
                    a.span,
                    codes::INVALID_ACTION,
                    format!("no arguments provided to {name}"),
                );
            }
            _ => {}
        }
    }
}
