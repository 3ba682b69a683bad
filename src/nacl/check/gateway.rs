//! `Gateway name { route: { net, netmask, iface, ... }, forward: f, send_time_exceeded: true }`
//! or `Gateway name [ { ... }, { ... } ]`.

use super::*;

const ROUTE_RULE: &str = "a Gateway route must specify iface, netmask and either net or host";

impl<'a> Checker<'a> {
    pub(super) fn gateway(&mut self, t: &'a TypedInit) {
        // Each route: its object's span and the keys it sets (with the iface, if named).
        let mut routes: Vec<(String, Span, Vec<String>, Option<String>)> = Vec::new();
        let mut others: Vec<String> = Vec::new();
        match &t.value.kind {
            ValueKind::Obj(pairs) => {
                for p in pairs {
                    let key = lower(&p.key.text);
                    let span = p.key.span.to(p.value.span);
                    if key == "send_time_exceeded" || key == "forward" {
                        if others.contains(&key) {
                            self.error(
                                span,
                                codes::DUPLICATE_MEMBER,
                                format!("{key} has already been set"),
                            );
                        } else {
                            others.push(key.clone());
                            self.gateway_other(&key, &p.value);
                        }
                        continue;
                    }
                    let ValueKind::Obj(route) = &p.value.kind else {
                        self.error(
                            span,
                            codes::UNKNOWN_MEMBER,
                            format!(
                                "invalid Gateway member {}: a Gateway holds routes (objects), forward and send_time_exceeded",
                                p.key.text
                            ),
                        );
                        continue;
                    };
                    if routes.iter().any(|r| r.0 == key) {
                        self.error(
                            span,
                            codes::DUPLICATE_MEMBER,
                            format!("route {key} has already been set"),
                        );
                        continue;
                    }
                    let (keys, iface) = self.route(&key, route);
                    routes.push((key, p.value.span, keys, iface));
                }
            }
            ValueKind::List(values) => {
                for (i, v) in values.iter().enumerate() {
                    let ValueKind::Obj(route) = &v.kind else {
                        self.error(
                            v.span,
                            codes::WRONG_TYPE,
                            "a Gateway that is a list must be a list of objects (routes)",
                        );
                        continue;
                    };
                    let (keys, iface) = self.route(&i.to_string(), route);
                    routes.push((i.to_string(), v.span, keys, iface));
                }
            }
            _ => {
                self.error(
                    t.value.span,
                    codes::WRONG_TYPE,
                    "a Gateway must contain key value pairs (each route an object), or be a list of objects",
                );
                return;
            }
        }
        let is_list = matches!(t.value.kind, ValueKind::List(_));
        let assignments = self
            .assignments
            .get(&t.name.text)
            .cloned()
            .unwrap_or_default();
        let mut sorted = assignments;
        sorted.sort_by_key(|a| a.name.parts.len());
        for a in sorted {
            let parts = &a.name.parts;
            let member = lower(&parts[1].text);
            if parts.len() > 3 {
                self.error(
                    a.span,
                    codes::UNKNOWN_MEMBER,
                    format!("invalid Gateway member {}", a.name.text()),
                );
                continue;
            }
            if is_list {
                self.error(
                    a.span,
                    codes::UNKNOWN_MEMBER,
                    format!(
                        "{} names a member of a Gateway that is a list (it has no named members)",
                        a.name.text()
                    ),
                );
                continue;
            }
            if parts.len() == 2 {
                if member == "send_time_exceeded" || member == "forward" {
                    if others.contains(&member) {
                        self.error(
                            a.value.span,
                            codes::DUPLICATE_MEMBER,
                            format!("Gateway member {member} has already been set"),
                        );
                    } else {
                        others.push(member.clone());
                        self.gateway_other(&member, &a.value);
                    }
                } else if routes.iter().any(|r| r.0 == member) {
                    self.error(
                        a.span,
                        codes::DUPLICATE_MEMBER,
                        format!("Gateway member {member} has already been set"),
                    );
                } else if let ValueKind::Obj(route) = &a.value.kind {
                    let (keys, iface) = self.route(&member, route);
                    routes.push((member, a.value.span, keys, iface));
                } else {
                    self.error(
                        a.value.span,
                        codes::WRONG_TYPE,
                        "a Gateway route must be an object (key value pairs)",
                    );
                }
                continue;
            }
            let route_member = lower(&parts[2].text);
            let Some(route) = routes.iter_mut().find(|r| r.0 == member) else {
                self.error(
                    a.span,
                    codes::UNDEFINED,
                    format!("no member named {member} in Gateway {}", t.name.text),
                );
                continue;
            };
            if route.2.contains(&route_member) {
                self.error(
                    a.span,
                    codes::DUPLICATE_MEMBER,
                    format!("member {route_member} in route {member} has already been set"),
                );
                continue;
            }
            if !ROUTE_KEYS.contains(&route_member.as_str()) {
                self.error(
                    a.span,
                    codes::UNKNOWN_MEMBER,
                    format!(
                        "{route_member} is not a valid Gateway route member. Valid members are: {}",
                        ROUTE_KEYS.join(", ")
                    ),
                );
                continue;
            }
            route.2.push(route_member.clone());
            if route_member == "iface" {
                let iface = self.route_iface(&a.value);
                if let Some(r) = routes.iter_mut().find(|r| r.0 == member) {
                    r.3 = iface;
                }
            } else {
                self.value(&a.value, None, Severity::Error);
            }
        }
        let mut kinds: Option<bool> = None;
        for (_, span, keys, iface) in &routes {
            let has = |k: &str| keys.iter().any(|x| x == k);
            if !has("netmask") || !has("iface") || !(has("net") || has("host")) {
                self.error(*span, codes::MISSING_MEMBER, ROUTE_RULE);
            }
            if let Some(iface) = iface {
                let vlan = self.iface_is_vlan(iface);
                if kinds.is_some_and(|k| k != vlan) {
                    self.error(
                        t.span,
                        codes::INVALID_VALUE,
                        "all ifaces in a Gateway's routes must be of the same type (either only Ifaces with vlan set or only regular Ifaces)",
                    );
                    break;
                }
                kinds = Some(vlan);
            }
        }
    }

    fn iface_is_vlan(&self, name: &str) -> bool {
        let Some(Element::Typed(t)) = self.elements.get(name) else {
            return false;
        };
        let in_obj = matches!(&t.value.kind, ValueKind::Obj(p) if p.iter().any(|p| lower(&p.key.text) == "vlan"));
        in_obj
            || self.assignments.get(name).is_some_and(|a| {
                a.iter()
                    .any(|a| a.name.parts.len() == 2 && lower(&a.name.parts[1].text) == "vlan")
            })
    }

    fn gateway_other(&mut self, key: &str, v: &Value) {
        if key == "forward" {
            self.pushed_functions(v, true);
            return;
        }
        self.value(v, None, Severity::Error);
        if let Some(r) = self.resolve(v)
            && !matches!(r.kind, ValueKind::Bool(_))
        {
            self.error(
                v.span,
                codes::WRONG_TYPE,
                format!("invalid value of {key}: must be true or false"),
            );
        }
    }

    /// Checks one route's members; returns the keys set and the iface named.
    fn route(&mut self, name: &str, pairs: &[Pair]) -> (Vec<String>, Option<String>) {
        let mut keys: Vec<String> = Vec::new();
        let mut iface = None;
        for p in pairs {
            let key = lower(&p.key.text);
            if keys.contains(&key) {
                self.error(
                    p.key.span,
                    codes::DUPLICATE_MEMBER,
                    format!("member {key} has already been set for route {name}"),
                );
                continue;
            }
            if !ROUTE_KEYS.contains(&key.as_str()) {
                self.error(
                    p.key.span,
                    codes::UNKNOWN_MEMBER,
                    format!(
                        "{} is not a valid Gateway route member. Valid members are: {}",
                        p.key.text,
                        ROUTE_KEYS.join(", ")
                    ),
                );
                continue;
            }
            if key == "iface" {
                iface = self.route_iface(&p.value);
            } else {
                self.value(&p.value, None, Severity::Error);
                if let Some(r) = self.resolve(&p.value) {
                    let want = match key.as_str() {
                        "host" | "net" | "netmask" | "nexthop" => {
                            (!matches!(r.kind, ValueKind::Ipv4(_))).then_some("an IPv4 address")
                        }
                        _ => (!matches!(r.kind, ValueKind::Integer(_))).then_some("a number"),
                    };
                    if let Some(want) = want {
                        self.error(
                            p.value.span,
                            codes::WRONG_TYPE,
                            format!(
                                "route member {key} must be {want}, not {}",
                                r.kind.describe()
                            ),
                        );
                    }
                }
            }
            keys.push(key);
        }
        (keys, iface)
    }

    fn route_iface(&mut self, v: &Value) -> Option<String> {
        let ValueKind::Name(n) = &v.kind else {
            self.error(
                v.span,
                codes::WRONG_TYPE,
                "a route's iface must be the name of an Iface",
            );
            return None;
        };
        let text = n.text();
        if self.type_of(&text).as_deref() != Some(IFACE) {
            self.error(
                v.span,
                codes::UNDEFINED,
                format!("no Iface with the name {text} exists"),
            );
            return None;
        }
        Some(text)
    }
}
