//! Elements whose value is a tree of members: Load_balancer, Syslog, Timer, Conntrack, and plain
//! objects (`x: { a: { b: 1 } }`). NaCl.py fills one dictionary per element from its object and
//! from the assignments `x.a.b: value` (shortest names first), checks each key against the
//! type's vocabulary as it goes, then checks the mandatory members. The same happens here, with
//! the same positions: keys of the object at the key, keys from an assignment at its value,
//! problems of the whole element at its start.
//!
//! References `x.a.b` to members are resolved here too ([`Checker::member_ref`]).

use super::*;

/// A member: a value as written, an object of members, or a value already reported as wrong.
#[derive(Debug, Clone)]
pub(super) enum Node<'a> {
    Leaf(&'a Value),
    Obj(Dict<'a>),
    Bad,
}

pub(super) type Dict<'a> = Vec<(String, Node<'a>)>;

fn get<'d, 'a>(dict: &'d Dict<'a>, key: &str) -> Option<&'d Node<'a>> {
    dict.iter().find(|(k, _)| k == key).map(|(_, n)| n)
}

fn get_mut<'d, 'a>(dict: &'d mut Dict<'a>, key: &str) -> Option<&'d mut Node<'a>> {
    dict.iter_mut().find(|(k, _)| k == key).map(|(_, n)| n)
}

/// The kinds of elements that keep their members in a tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Untyped,
    LoadBalancer,
    Syslog,
    Timer,
    Conntrack,
}

impl Kind {
    pub(super) fn of(type_lower: &str) -> Option<Kind> {
        Some(match type_lower {
            "load_balancer" => Kind::LoadBalancer,
            "syslog" => Kind::Syslog,
            "timer" => Kind::Timer,
            "conntrack" => Kind::Conntrack,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Untyped => "object",
            Kind::LoadBalancer => "Load_balancer",
            Kind::Syslog => "Syslog",
            Kind::Timer => "Timer",
            Kind::Conntrack => "Conntrack",
        }
    }
}

const LB_KEYS: [&str; 3] = ["layer", "clients", "servers"];
const LB_CLIENTS_KEYS: [&str; 4] = ["iface", "port", "wait_queue_limit", "session_limit"];
const LB_SERVERS_KEYS: [&str; 3] = ["iface", "algorithm", "pool"];
const LB_NODE_KEYS: [&str; 2] = ["address", "port"];
const LB_LAYERS: [&str; 1] = ["tcp"];
const LB_ALGORITHMS: [&str; 1] = ["round_robin"];
const SYSLOG_KEYS: [&str; 2] = ["address", "port"];
const TIMER_KEYS: [&str; 2] = ["interval", "data"];
const TIMER_DATA: [&str; 7] = [
    "timestamp",
    "stats",
    "memory",
    "cpu",
    "lb",
    "stack-sampling",
    "timers",
];
const CONNTRACK_KEYS: [&str; 4] = ["limit", "reserve", "stateful_tcp", "timeout"];
const CONNTRACK_TIMEOUT_KEYS: [&str; 3] = ["established", "unconfirmed", "confirmed"];
const CONNTRACK_PROTOCOLS: [&str; 3] = ["tcp", "udp", "icmp"];

/// Whether `key`, at `level` (1 for the element's own members) under `parent`, is a member the
/// type has; the message if not. Keys are compared as written (NaCl.py does not lower-case the
/// keys of these types), except Timer's.
fn key_problem(kind: Kind, element: &str, key: &str, parent: &str, level: usize) -> Option<String> {
    let ty = kind.name();
    let invalid = |valid: &[&str]| {
        Some(format!(
            "invalid {ty} member {key} (valid members: {})",
            valid.join(", ")
        ))
    };
    let invalid_in = |valid: &[&str]| {
        Some(format!(
            "invalid {ty} member {key} in {element}.{parent} (valid members: {})",
            valid.join(", ")
        ))
    };
    let too_deep = || {
        Some(format!(
            "invalid {ty} member {key}: {ty} has no members this deep"
        ))
    };
    match (kind, level) {
        (Kind::Untyped, _) => None,
        (Kind::LoadBalancer, 1) => (!LB_KEYS.contains(&key))
            .then(|| invalid(&LB_KEYS))
            .flatten(),
        (Kind::LoadBalancer, 2) => match parent {
            "clients" if !LB_CLIENTS_KEYS.contains(&key) => invalid_in(&LB_CLIENTS_KEYS),
            "servers" if !LB_SERVERS_KEYS.contains(&key) => invalid_in(&LB_SERVERS_KEYS),
            _ => None,
        },
        (Kind::Syslog, 1) => (!SYSLOG_KEYS.contains(&key))
            .then(|| invalid(&SYSLOG_KEYS))
            .flatten(),
        (Kind::Timer, 1) => (!TIMER_KEYS.contains(&lower(key).as_str()))
            .then(|| invalid(&TIMER_KEYS))
            .flatten(),
        (Kind::Conntrack, 1) => (!CONNTRACK_KEYS.contains(&key))
            .then(|| invalid(&CONNTRACK_KEYS))
            .flatten(),
        (Kind::Conntrack, 2) => (parent == "timeout" && !CONNTRACK_TIMEOUT_KEYS.contains(&key))
            .then(|| invalid_in(&CONNTRACK_TIMEOUT_KEYS))
            .flatten(),
        (Kind::Conntrack, 3) => {
            if !CONNTRACK_TIMEOUT_KEYS.contains(&parent) {
                Some(format!(
                    "invalid Conntrack member {parent}: only timeout's members ({}) hold objects",
                    CONNTRACK_TIMEOUT_KEYS.join(", ")
                ))
            } else if !CONNTRACK_PROTOCOLS.contains(&key) {
                invalid(&CONNTRACK_PROTOCOLS)
            } else {
                None
            }
        }
        _ => too_deep(),
    }
}

impl<'a> Checker<'a> {
    /// Builds the member trees of every plain object element, reporting problems of their
    /// assignments; their values are checked with the element ([`Checker::init`]).
    pub(super) fn untyped_trees(&mut self, program: &'a Program) {
        for item in &program.items {
            let Item::Init(i) = item else { continue };
            if i.name.parts.len() != 1
                || !matches!(self.elements.get(&i.name.parts[0].text), Some(Element::Init(x)) if std::ptr::eq(*x, i))
            {
                continue;
            }
            let ValueKind::Obj(pairs) = &i.value.kind else {
                continue;
            };
            let name = i.name.parts[0].text.clone();
            let mut dict = Dict::new();
            self.fill(Kind::Untyped, &name, &mut dict, pairs, 1, "", false);
            self.assign(Kind::Untyped, &name, &mut dict, false);
            self.untyped.insert(name, dict);
        }
    }

    /// A Load_balancer, Syslog, Timer or Conntrack.
    pub(super) fn tree_element(&mut self, kind: Kind, t: &'a TypedInit) {
        let name = t.name.text.clone();
        let ValueKind::Obj(pairs) = &t.value.kind else {
            self.error(
                t.value.span,
                codes::WRONG_TYPE,
                format!(
                    "a {} must be an object ({{ key: value, ... }}), not {}",
                    kind.name(),
                    t.value.kind.describe()
                ),
            );
            return;
        };
        let mut dict = Dict::new();
        self.fill(kind, &name, &mut dict, pairs, 1, "", true);
        self.assign(kind, &name, &mut dict, true);
        match kind {
            Kind::LoadBalancer => self.lb_final(t, &dict),
            Kind::Syslog => {
                if SYSLOG_KEYS.iter().any(|k| get(&dict, k).is_none()) {
                    self.error(
                        t.span,
                        codes::MISSING_MEMBER,
                        format!("Syslog {name} needs both address and port"),
                    );
                }
            }
            Kind::Timer => self.timer_final(t, &dict),
            Kind::Conntrack => self.conntrack_final(t, &dict),
            Kind::Untyped => {}
        }
    }

    /// Adds the pairs of an object to `dict`: each key checked at its position, objects
    /// recursively one level deeper. `checked`: whether to check the values here too.
    #[allow(clippy::too_many_arguments)]
    fn fill(
        &mut self,
        kind: Kind,
        element: &str,
        dict: &mut Dict<'a>,
        pairs: &'a [Pair],
        level: usize,
        parent: &str,
        checked: bool,
    ) {
        for p in pairs {
            let key = p.key.text.as_str();
            if get(dict, key).is_some() {
                if checked {
                    self.error(
                        p.key.span,
                        codes::DUPLICATE_MEMBER,
                        format!("member {key} has already been set"),
                    );
                }
                continue;
            }
            if let Some(message) = key_problem(kind, element, key, parent, level) {
                self.error(p.key.span, codes::UNKNOWN_MEMBER, message);
            }
            let node = match &p.value.kind {
                ValueKind::Obj(inner) => {
                    let mut sub = Dict::new();
                    self.fill(kind, element, &mut sub, inner, level + 1, key, checked);
                    Node::Obj(sub)
                }
                _ if checked => self.leaf(kind, element, key, &p.value),
                _ => Node::Leaf(&p.value),
            };
            dict.push((key.to_owned(), node));
        }
    }

    /// Applies the assignments `element.a.b: value`, fewest parts first, as NaCl.py does.
    fn assign(&mut self, kind: Kind, element: &str, dict: &mut Dict<'a>, checked: bool) {
        let mut assignments = self.assignments.get(element).cloned().unwrap_or_default();
        assignments.sort_by_key(|a| a.name.parts.len());
        for a in assignments {
            let path: Vec<&str> = a.name.parts[1..].iter().map(|p| p.text.as_str()).collect();
            match lookup(dict, &path) {
                Err(message) => {
                    self.error(a.span, codes::UNDEFINED, message);
                    continue;
                }
                Ok(Some(_)) => {
                    self.error(
                        a.span,
                        codes::DUPLICATE_MEMBER,
                        format!("member {} has already been set", a.name.text()),
                    );
                    continue;
                }
                Ok(None) => {}
            }
            // The object that gets the new member must exist.
            let mut missing = None;
            let mut walk: &Dict<'a> = dict;
            for part in &path[..path.len() - 1] {
                match get(walk, part) {
                    Some(Node::Obj(sub)) => walk = sub,
                    _ => {
                        missing = Some(*part);
                        break;
                    }
                }
            }
            if let Some(part) = missing {
                self.error(
                    a.value.span,
                    codes::UNDEFINED,
                    format!(
                        "cannot add to member {part} of {element}: it has not been set (set it first)"
                    ),
                );
                continue;
            }
            let key = path[path.len() - 1];
            let level = path.len();
            let parent = if level >= 2 { path[level - 2] } else { "" };
            let node = match &a.value.kind {
                ValueKind::Obj(inner) => {
                    let mut sub = Dict::new();
                    self.fill(kind, element, &mut sub, inner, level + 1, key, checked);
                    Node::Obj(sub)
                }
                _ => {
                    if let Some(message) = key_problem(kind, element, key, parent, level) {
                        self.error(a.value.span, codes::UNKNOWN_MEMBER, message);
                    }
                    if checked {
                        self.leaf(kind, element, key, &a.value)
                    } else {
                        Node::Leaf(&a.value)
                    }
                }
            };
            insert(dict, &path[..path.len() - 1], key, node);
        }
    }

    /// Checks a value that is not an object, as the type reads it.
    fn leaf(&mut self, kind: Kind, element: &str, key: &str, v: &'a Value) -> Node<'a> {
        match (kind, key) {
            (Kind::LoadBalancer, "layer") => {
                let ok = matches!(&v.kind, ValueKind::Name(n) if LB_LAYERS.contains(&lower(&n.text()).as_str()));
                if !ok {
                    self.error(
                        v.span,
                        codes::INVALID_VALUE,
                        format!(
                            "invalid layer {}: the layer of a Load_balancer is {}",
                            source_text(v),
                            LB_LAYERS.join(", ")
                        ),
                    );
                    return Node::Bad;
                }
            }
            (Kind::LoadBalancer, "algorithm") => {
                let ok = matches!(&v.kind, ValueKind::Name(n) if LB_ALGORITHMS.contains(&lower(&n.text()).as_str()));
                if !ok {
                    self.error(
                        v.span,
                        codes::INVALID_VALUE,
                        format!(
                            "invalid algorithm {}: the algorithms are {}",
                            source_text(v),
                            LB_ALGORITHMS.join(", ")
                        ),
                    );
                    return Node::Bad;
                }
            }
            (Kind::LoadBalancer, "iface") => {
                let ValueKind::Name(n) = &v.kind else {
                    self.error(
                        v.span,
                        codes::WRONG_TYPE,
                        format!(
                            "Load_balancer member iface must name an Iface, not {}",
                            v.kind.describe()
                        ),
                    );
                    return Node::Bad;
                };
                let name = n.text();
                // NaCl.py accepts an element of any type but Iface only when it has a type.
                let ok = match self.elements.get(&name) {
                    Some(Element::Typed(t)) => lower(&t.type_t.text) == IFACE,
                    Some(Element::Function(_)) | None => false,
                    Some(Element::Init(_)) => true,
                };
                if !ok {
                    self.error(
                        v.span,
                        codes::UNDEFINED,
                        format!("no Iface with the name {name} exists"),
                    );
                    return Node::Bad;
                }
            }
            (Kind::LoadBalancer, "pool") => {
                self.lb_pool(v);
                return Node::Leaf(v);
            }
            (Kind::LoadBalancer, "clients" | "servers") => {
                let valid: &[&str] = if key == "clients" {
                    &LB_CLIENTS_KEYS
                } else {
                    &LB_SERVERS_KEYS
                };
                let pairs = match &v.kind {
                    ValueKind::Name(n) => self.named(v, n, true),
                    _ => {
                        self.error(
                            v.span,
                            codes::WRONG_TYPE,
                            format!(
                                "invalid {key} value: it must be an object with {}",
                                valid.join(", ")
                            ),
                        );
                        None
                    }
                };
                let Some(ValueKind::Obj(pairs)) = pairs.map(|x| &x.kind) else {
                    return Node::Bad;
                };
                // The members of the named object are checked as if written here, each key at
                // the name's position.
                let mut dict = Dict::new();
                for p in pairs {
                    let k = lower(&p.key.text);
                    if let Some(message) = key_problem(kind, element, &k, key, 2) {
                        self.error(v.span, codes::UNKNOWN_MEMBER, message);
                    }
                    let node = self.leaf(kind, element, &k, &p.value);
                    if let Some(slot) = get_mut(&mut dict, &k) {
                        *slot = node;
                    } else {
                        dict.push((k, node));
                    }
                }
                return Node::Obj(dict);
            }
            (Kind::Timer, _) if lower(key) == "interval" => {
                self.value(v, None, Severity::Error);
                if let Some(r) = self.resolve(v) {
                    let ok = matches!(&r.kind, ValueKind::Integer(n) if n.bytes().all(|b| b.is_ascii_digit()) && n != "0");
                    if !ok {
                        self.error(
                            v.span,
                            codes::INVALID_VALUE,
                            format!(
                                "invalid interval {}: it must be a positive whole number of seconds",
                                source_text(v)
                            ),
                        );
                        return Node::Bad;
                    }
                }
            }
            (Kind::Timer, _) if lower(key) == "data" => {
                return if self.timer_data(v) {
                    Node::Leaf(v)
                } else {
                    Node::Bad
                };
            }
            _ => self.value(v, None, Severity::Error),
        }
        Node::Leaf(v)
    }

    /// The value of the element `n` names, for members that take a name in place of an object
    /// (`want_obj`) or a list.
    fn named(&mut self, v: &Value, n: &DottedName, want_obj: bool) -> Option<&'a Value> {
        let name = n.text();
        let value = match self.elements.get(&name) {
            None => {
                self.error(
                    v.span,
                    codes::UNDEFINED,
                    format!("no element with the name {name} exists"),
                );
                return None;
            }
            Some(Element::Typed(t)) => Some(&t.value),
            Some(Element::Init(i)) => Some(&i.value),
            Some(Element::Function(_)) => None,
        };
        let ok = value.is_some_and(|x| {
            if want_obj {
                matches!(x.kind, ValueKind::Obj(_))
            } else {
                matches!(x.kind, ValueKind::List(_))
            }
        });
        if !ok {
            let want = if want_obj { "an object" } else { "a list" };
            self.error(
                v.span,
                codes::WRONG_TYPE,
                format!("element {name} must be {want} to be used here"),
            );
            return None;
        }
        value
    }

    /// `pool: [ { address, port }, node_name, ... ]` or the name of such a list.
    fn lb_pool(&mut self, v: &'a Value) {
        let list = match &v.kind {
            ValueKind::List(_) => Some(v),
            ValueKind::Name(n) => self.named(v, n, false),
            _ => {
                self.error(
                    v.span,
                    codes::WRONG_TYPE,
                    format!(
                        "invalid pool: it must be a list of objects with {} (or the name of one), not {}",
                        LB_NODE_KEYS.join(", "),
                        v.kind.describe()
                    ),
                );
                None
            }
        };
        let Some(ValueKind::List(nodes)) = list.map(|x| &x.kind) else {
            return;
        };
        for (i, node) in nodes.iter().enumerate() {
            let obj = match &node.kind {
                ValueKind::Obj(_) => Some(node),
                ValueKind::Name(n) => self.named(node, n, true),
                _ => {
                    self.error(
                        node.span,
                        codes::WRONG_TYPE,
                        format!(
                            "invalid pool node: each must be an object with {}, not {}",
                            LB_NODE_KEYS.join(", "),
                            node.kind.describe()
                        ),
                    );
                    None
                }
            };
            let Some(ValueKind::Obj(pairs)) = obj.map(|x| &x.kind) else {
                continue;
            };
            let mut seen = Vec::new();
            for p in pairs {
                let k = lower(&p.key.text);
                if !LB_NODE_KEYS.contains(&k.as_str()) {
                    self.error(
                        p.key.span,
                        codes::UNKNOWN_MEMBER,
                        format!(
                            "invalid member {} in node {i} of servers.pool (valid members: {})",
                            p.key.text,
                            LB_NODE_KEYS.join(", ")
                        ),
                    );
                }
                self.value(&p.value, None, Severity::Error);
                seen.push(k);
            }
            if LB_NODE_KEYS.iter().any(|k| !seen.iter().any(|s| s == k)) {
                self.error(
                    node.span,
                    codes::MISSING_MEMBER,
                    format!("node {i} of the pool needs {}", LB_NODE_KEYS.join(" and ")),
                );
            }
        }
    }

    fn lb_final(&mut self, t: &TypedInit, dict: &Dict<'a>) {
        let lb = &t.name.text;
        match get(dict, "layer") {
            None => self.error(
                t.span,
                codes::MISSING_MEMBER,
                format!("Load_balancer {lb} needs a layer (layer: tcp)"),
            ),
            Some(Node::Leaf(v)) => {
                let layer = lower(&source_text(v));
                if self.lb_layers.contains(&layer) {
                    self.error(
                        t.span,
                        codes::SINGLETON,
                        format!(
                            "a {} Load_balancer has already been defined; there can be one per layer",
                            layer.to_uppercase()
                        ),
                    );
                } else {
                    self.lb_layers.push(layer);
                }
            }
            Some(Node::Obj(_)) => self.error(
                t.span,
                codes::WRONG_TYPE,
                format!("the layer of Load_balancer {lb} must be tcp, not an object"),
            ),
            Some(Node::Bad) => {}
        }
        let parts: [(&str, &[&str], &[&str]); 2] = [
            ("clients", &LB_CLIENTS_KEYS, &["iface", "port"]),
            ("servers", &LB_SERVERS_KEYS, &["iface", "algorithm", "pool"]),
        ];
        for (part, valid, mandatory) in parts {
            match get(dict, part) {
                None => self.error(
                    t.span,
                    codes::MISSING_MEMBER,
                    format!(
                        "Load_balancer {lb} needs {part} (an object with {})",
                        valid.join(", ")
                    ),
                ),
                Some(Node::Leaf(_)) => self.error(
                    t.span,
                    codes::WRONG_TYPE,
                    format!(
                        "Load_balancer member {part} must be an object with {}",
                        valid.join(", ")
                    ),
                ),
                Some(Node::Bad) => {}
                Some(Node::Obj(sub)) => {
                    for m in mandatory {
                        if get(sub, m).is_none() {
                            self.error(
                                t.span,
                                codes::MISSING_MEMBER,
                                format!("Load_balancer {lb} needs {part}.{m}"),
                            );
                        }
                    }
                    if part == "servers"
                        && let Some(Node::Obj(_)) = get(sub, "pool")
                    {
                        self.error(
                            t.span,
                            codes::WRONG_TYPE,
                            "Load_balancer member servers.pool must be a list of objects, not an object",
                        );
                    }
                }
            }
        }
    }

    /// `data: [timestamp, cpu, ...]` or the name of such a list. Whether it is right.
    fn timer_data(&mut self, v: &'a Value) -> bool {
        let list = match &v.kind {
            ValueKind::List(_) => Some(v),
            ValueKind::Name(n) => self.named(v, n, false),
            _ => {
                self.error(
                    v.span,
                    codes::WRONG_TYPE,
                    format!(
                        "invalid data: it must be a list of one or more of {}",
                        TIMER_DATA.join(", ")
                    ),
                );
                None
            }
        };
        let Some(ValueKind::List(items)) = list.map(|x| &x.kind) else {
            return false;
        };
        let mut ok = true;
        for x in items {
            let known = matches!(&x.kind, ValueKind::Name(n) if TIMER_DATA.contains(&lower(&n.text()).as_str()));
            if !known {
                ok = false;
                self.error(
                    x.span,
                    codes::INVALID_VALUE,
                    format!(
                        "invalid data {}: the data a Timer can report are {}",
                        source_text(x),
                        TIMER_DATA.join(", ")
                    ),
                );
            }
        }
        ok
    }

    fn timer_final(&mut self, t: &TypedInit, dict: &Dict<'a>) {
        let data = dict
            .iter()
            .find(|(k, _)| lower(k) == "data")
            .map(|(_, n)| n);
        if !matches!(data, Some(Node::Leaf(_) | Node::Bad)) {
            self.error(
                t.span,
                codes::MISSING_MEMBER,
                format!(
                    "Timer {} needs data: a list of one or more of {}",
                    t.name.text,
                    TIMER_DATA.join(", ")
                ),
            );
        }
    }

    fn conntrack_final(&mut self, t: &TypedInit, dict: &Dict<'a>) {
        match get(dict, "timeout") {
            None | Some(Node::Bad) => {}
            Some(Node::Leaf(_)) => self.error(
                t.span,
                codes::WRONG_TYPE,
                "Conntrack member timeout must be an object",
            ),
            Some(Node::Obj(sub)) => {
                for (k, n) in sub {
                    if let Node::Leaf(_) = n {
                        self.error(
                            t.span,
                            codes::WRONG_TYPE,
                            format!(
                                "Conntrack member timeout.{k} must be an object with {}",
                                CONNTRACK_PROTOCOLS.join(", ")
                            ),
                        );
                    }
                }
            }
        }
    }

    /// A reference `x.a.b` to a member of the element `x` (not a function): whether NaCl.py
    /// finds it; the message if not.
    pub(super) fn member_ref(&self, name: &DottedName) -> Option<String> {
        let base = &name.parts[0].text;
        let path: Vec<&str> = name.parts[1..].iter().map(|p| p.text.as_str()).collect();
        let not_found = || Some(format!("{} does not exist", name.text()));
        let value = match self.elements.get(base)? {
            Element::Function(_) => return None,
            Element::Typed(t) => &t.value,
            Element::Init(i) => {
                // A plain element: its members (object and assignments) first.
                let empty = Dict::new();
                let dict = self.untyped.get(base).unwrap_or(&empty);
                match lookup(dict, &path) {
                    Err(message) => return Some(message),
                    Ok(None) => return not_found(),
                    Ok(Some(Node::Obj(_))) => {}
                    Ok(Some(_)) => return None,
                }
                &i.value
            }
        };
        if let ValueKind::Obj(pairs) = &value.kind
            && in_object(pairs, &path)
        {
            return None;
        }
        // Then the element with the longest name the reference starts with (an assignment
        // `x.a: value`, or `x` itself).
        let full = name.text();
        for j in (0..=path.len()).rev() {
            let key = name.parts[..=j]
                .iter()
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>()
                .join(".");
            let value = match self.elements.get(&key) {
                Some(Element::Typed(t)) => &t.value,
                Some(Element::Init(i)) => &i.value,
                _ => continue,
            };
            let ValueKind::Obj(pairs) = &value.kind else {
                return None;
            };
            // NaCl.py looks the rest up as one key (so a rest with a dot is never found).
            let rest = if j == path.len() {
                full.clone()
            } else {
                path[j..].join(".")
            };
            return if pairs.iter().any(|p| p.key.text == rest) {
                None
            } else {
                not_found()
            };
        }
        not_found()
    }
}

/// The member at `path` in `dict`; an error when the path goes through a value that is not an
/// object.
fn lookup<'d, 'a>(dict: &'d Dict<'a>, path: &[&str]) -> Result<Option<&'d Node<'a>>, String> {
    let mut dict = dict;
    for (i, part) in path.iter().enumerate() {
        let Some(node) = get(dict, part) else {
            return Ok(None);
        };
        if i + 1 == path.len() {
            return Ok(Some(node));
        }
        match node {
            Node::Obj(sub) => dict = sub,
            _ => {
                return Err(format!(
                    "{part}.{} does not exist: {part} is not an object",
                    path[i + 1]
                ));
            }
        }
    }
    Ok(None)
}

/// Adds `key: node` to the object at `path` (which exists).
fn insert<'a>(dict: &mut Dict<'a>, path: &[&str], key: &str, node: Node<'a>) {
    match path.split_first() {
        None => dict.push((key.to_owned(), node)),
        Some((first, rest)) => {
            if let Some(Node::Obj(sub)) = get_mut(dict, first) {
                insert(sub, rest, key, node);
            }
        }
    }
}

/// Whether the object literal has the member at `path` (keys as written).
fn in_object(pairs: &[Pair], path: &[&str]) -> bool {
    let Some(p) = pairs.iter().find(|p| p.key.text == path[0]) else {
        return false;
    };
    if path.len() == 1 {
        return true;
    }
    match &p.value.kind {
        ValueKind::Obj(inner) => in_object(inner, &path[1..]),
        _ => false,
    }
}

/// A value as written, for messages.
fn source_text(v: &Value) -> String {
    match &v.kind {
        ValueKind::Name(n) => n.text(),
        ValueKind::Integer(s) | ValueKind::Decimal(s) => s.clone(),
        ValueKind::Str(s) => format!("\"{s}\""),
        ValueKind::Bool(b) => b.to_string(),
        ValueKind::Ipv4(p) => p.join("."),
        ValueKind::Cidr { addr, mask } => format!("{}/{mask}", addr.join(".")),
        other => other.describe().to_owned(),
    }
}
