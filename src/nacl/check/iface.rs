//! `Iface name { ... }`, `Iface name dhcp` and assignments `name.member: value`.

use super::*;

/// A member of an Iface: where its key is and its value.
struct Member<'v> {
    key_span: Span,
    value: &'v Value,
}

impl<'a> Checker<'a> {
    pub(super) fn iface(&mut self, t: &'a TypedInit) {
        let mut members: HashMap<String, Member<'a>> = HashMap::new();
        let mut config_from_value = false;
        match &t.value.kind {
            ValueKind::Obj(pairs) => {
                for p in pairs {
                    let key = lower(&p.key.text);
                    if !IFACE_KEYS.contains(&key.as_str()) {
                        self.error(
                            p.key.span,
                            codes::UNKNOWN_MEMBER,
                            format!(
                                "invalid Iface member {} (valid members: {})",
                                p.key.text,
                                IFACE_KEYS.join(", ")
                            ),
                        );
                        continue;
                    }
                    if members.contains_key(&key) {
                        let what = if IFACE_CHAINS.contains(&key.as_str()) {
                            "chain"
                        } else {
                            "member"
                        };
                        self.error(
                            p.key.span,
                            codes::DUPLICATE_MEMBER,
                            format!("Iface {what} {key} has already been set"),
                        );
                        continue;
                    }
                    members.insert(
                        key,
                        Member {
                            key_span: p.key.span,
                            value: &p.value,
                        },
                    );
                }
            }
            ValueKind::Name(name) => {
                if IFACE_CONFIGS.contains(&lower(&name.text()).as_str()) {
                    config_from_value = true;
                    members.insert(
                        "config".to_owned(),
                        Member {
                            key_span: t.value.span,
                            value: &t.value,
                        },
                    );
                } else {
                    self.error(
                        t.value.span,
                        codes::INVALID_VALUE,
                        format!(
                            "invalid Iface value {}: an Iface is an object or one of {}",
                            name.text(),
                            IFACE_CONFIGS.join(", ")
                        ),
                    );
                    return;
                }
            }
            _ => {
                self.error(
                    t.value.span,
                    codes::WRONG_TYPE,
                    format!(
                        "an Iface has to contain key value pairs, or be set to a configuration \
                         type ({}); this is {}",
                        IFACE_CONFIGS.join(", "),
                        t.value.kind.describe()
                    ),
                );
                return;
            }
        }
        // Assignments such as `eth0.index: 3`.
        let assignments = self
            .assignments
            .get(&t.name.text)
            .cloned()
            .unwrap_or_default();
        for a in assignments {
            if a.name.parts.len() != 2 {
                self.error(
                    a.span,
                    codes::UNKNOWN_MEMBER,
                    format!("invalid Iface member {}", a.name.text()),
                );
                continue;
            }
            let key = lower(&a.name.parts[1].text);
            if !IFACE_KEYS.contains(&key.as_str()) {
                self.error(
                    a.span,
                    codes::UNKNOWN_MEMBER,
                    format!(
                        "invalid Iface member {} (valid members: {})",
                        a.name.parts[1].text,
                        IFACE_KEYS.join(", ")
                    ),
                );
                continue;
            }
            if members.contains_key(&key) {
                self.error(
                    a.span,
                    codes::DUPLICATE_MEMBER,
                    format!("member {key} has already been set"),
                );
                continue;
            }
            members.insert(
                key,
                Member {
                    key_span: a.span,
                    value: &a.value,
                },
            );
        }

        for chain in IFACE_CHAINS {
            if let Some(m) = members.get(chain) {
                self.pushed_functions(m.value, false);
            }
        }

        if !members.contains_key("index") {
            self.error(
                t.value.span,
                codes::MISSING_MEMBER,
                format!(
                    "Iface {} needs an index (the number of its network card, e.g. index: 0)",
                    t.name.text
                ),
            );
        }
        let config = members.get("config").map(|m| m.value);
        let mut config_name = None;
        if let Some(c) = config {
            match &c.kind {
                ValueKind::Name(n) if IFACE_CONFIGS.contains(&lower(&n.text()).as_str()) => {
                    config_name = Some(lower(&n.text()));
                }
                _ => self.error(
                    c.span,
                    codes::INVALID_VALUE,
                    format!(
                        "invalid config value: config is one of {}",
                        IFACE_CONFIGS.join(", ")
                    ),
                ),
            }
        }
        let _ = config_from_value;
        if members.contains_key("vlan") {
            let dhcp = config_name.as_deref() == Some("dhcp");
            if !dhcp && (!members.contains_key("address") || !members.contains_key("netmask")) {
                self.error(
                    t.value.span,
                    codes::MISSING_MEMBER,
                    "a vlan Iface needs address and netmask unless its config is dhcp",
                );
            } else if dhcp
                && ["address", "netmask", "gateway", "dns"]
                    .iter()
                    .any(|k| members.contains_key(*k))
                && let Some(c) = config
            {
                self.error(
                    c.span,
                    codes::INVALID_VALUE,
                    "an Iface with config set to dhcp should not specify address, netmask, gateway or dns",
                );
            }
            if members.contains_key("buffer_limit") || members.contains_key("send_queue_limit") {
                self.error(
                    t.value.span,
                    codes::INVALID_VALUE,
                    "send_queue_limit and buffer_limit can not be set on an Iface that is a vlan",
                );
            }
        }

        // Value types.
        for (key, m) in &members {
            let key = key.as_str();
            if IFACE_CHAINS.contains(&key) || key == "config" {
                continue;
            }
            self.value(m.value, None, Severity::Error);
            let resolved = self.resolve(m.value);
            let Some(r) = resolved else { continue };
            let wrong = match key {
                "address" | "netmask" | "gateway" | "dns" => {
                    (!matches!(r.kind, ValueKind::Ipv4(_))).then_some("an IPv4 address")
                }
                "index" => (!matches!(r.kind, ValueKind::Integer(_) | ValueKind::Str(_)))
                    .then_some("a number (or, for a vlan, a MAC address string)"),
                "vlan" | "send_queue_limit" | "buffer_limit" => {
                    (!matches!(r.kind, ValueKind::Integer(_))).then_some("a number")
                }
                "masquerade" => (!matches!(r.kind, ValueKind::Bool(_))).then_some("true or false"),
                _ => None,
            };
            if let Some(want) = wrong {
                let _ = m.key_span;
                self.error(
                    m.value.span,
                    codes::WRONG_TYPE,
                    format!(
                        "Iface member {key} must be {want}, not {}",
                        r.kind.describe()
                    ),
                );
            }
        }
        let is_vlan = members.contains_key("vlan");
        if !is_vlan
            && let Some(m) = members.get("index")
            && let Some(ValueKind::Integer(n)) = self.resolve(m.value).map(|v| &v.kind)
        {
            let n = n.clone();
            if let Some(other) = self.iface_indexes.get(&n) {
                let other = other.clone();
                self.error(
                    m.value.span,
                    codes::DUPLICATE_INDEX,
                    format!("another Iface ({other}) has been defined with index {n}"),
                );
            } else {
                self.iface_indexes.insert(n, t.name.text.clone());
            }
        }
    }

    /// `chain: f` or `chain: [f, g]`: each must name a function. `forward` (a Gateway's
    /// chain) cannot take a Nat function.
    pub(super) fn pushed_functions(&mut self, v: &Value, gateway: bool) {
        let names: Vec<&Value> = match &v.kind {
            ValueKind::List(values) => values.iter().collect(),
            _ => vec![v],
        };
        for n in names {
            let ValueKind::Name(name) = &n.kind else {
                self.error(
                    n.span,
                    codes::NOT_A_FUNCTION,
                    format!(
                        "a chain takes the name of a function or a list of them, not {}",
                        n.kind.describe()
                    ),
                );
                continue;
            };
            let text = name.text();
            match self.elements.get(&text).copied() {
                Some(Element::Function(f)) => {
                    let ty = lower(&f.type_t.text);
                    if gateway && ty == "nat" {
                        self.error(
                            n.span,
                            codes::NOT_A_FUNCTION,
                            "a Nat function cannot be pushed onto a Gateway's forward chain",
                        );
                    }
                    if ty == "filter" {
                        let f: &Function = f;
                        self.pushed_filter(f);
                    }
                }
                _ => self.error(
                    n.span,
                    codes::NOT_A_FUNCTION,
                    format!("no function with the name {text} exists"),
                ),
            }
        }
    }

    /// A Filter on a chain: of subtype IP, ending in accept or drop.
    fn pushed_filter(&mut self, f: &Function) {
        let name = f.name.as_ref().map(|n| n.text.clone()).unwrap_or_default();
        if !self.pushed_checked.insert(name) {
            return;
        }
        if lower(&f.subtype.text) != "ip" {
            self.error(
                f.span,
                codes::INVALID_FUNCTION,
                "only a function of subtype IP can be pushed onto a chain; you can create and call \
                 Filters of any subtype inside an IP Filter",
            );
        }
        let verdict = matches!(f.body.last(), Some(Stmt::Action(a)) if a.args.is_none() && (a.name.text == "accept" || a.name.text == "drop"));
        if !verdict {
            self.error(
                f.span,
                codes::INVALID_FUNCTION,
                "missing default verdict at the end of this Filter (end it with accept or drop)",
            );
        }
    }
}
