//! Writes the C++ file from what the processing collected, in the layout of NaCl.py's
//! template (its lines, its blank lines, its HTML escaping of `{{value}}` places).

use std::fmt::Write;

use super::cpp_text::{FILTER_BASE, HEADER, LB_TIMER, MASQ_FILTERS, NAT_FILTERS, TIMER_HELPERS};
use super::{Config, Pv, Transpiler};

/// Python's `str.title()`: each run of letters starts upper case, the rest lower case.
pub(crate) fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_alphabetic() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_cased = true;
        } else {
            out.push(c);
            prev_cased = false;
        }
    }
    out
}

/// A `{{value}}` place: HTML-escaped, as pystache does by default.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// A `{{value}}` of a value that may be missing (Python's `None`).
fn var(v: Option<&Pv>) -> String {
    esc(&v.map_or_else(|| "None".to_owned(), Pv::py_str))
}

/// A `{{{value}}}` place: not escaped.
fn raw(v: Option<&Pv>) -> String {
    v.map_or_else(|| "None".to_owned(), Pv::py_str)
}

/// What a `{{#value}}...{{.}}...{{/value}}` section renders `{{.}}` as: nothing for a
/// missing or empty value, each item for a list, the value otherwise.
fn items(v: Option<&Pv>) -> Vec<String> {
    match v {
        None => Vec::new(),
        Some(Pv::Str(s)) if s.is_empty() => Vec::new(),
        Some(Pv::Int(0)) => Vec::new(),
        Some(Pv::Seq(xs)) => std::iter::once("True".to_owned())
            .chain(xs.iter().map(Pv::py_str))
            .collect(),
        Some(Pv::Range(a, b)) => vec![a.py_str(), b.py_str()],
        Some(other) => vec![other.py_str()],
    }
}

fn truthy(v: Option<&Pv>) -> bool {
    !items(v).is_empty()
}

impl Transpiler<'_> {
    pub(crate) fn render(&self) -> String {
        let o = &self.out;
        let has_functions = !o.filters.is_empty() || !o.nats.is_empty();
        let has_gateways = !o.gateways.is_empty();
        let enable_ct = has_functions || has_gateways;
        let has_masquerades = !o.masquerades.is_empty();
        let has_nats = !o.nats.is_empty() || has_masquerades;
        let has_vlans = o.vlan_ifaces > 0;
        let has_lbs = !o.load_balancers.is_empty();
        let has_timers = !o.timers.is_empty();
        let has_auto_natting = !o.auto_natting_ifaces.is_empty();

        let mut s = String::new();
        s.push_str(HEADER);
        if has_nats {
            s.push_str("#include <net/nat/napt.hpp>\n");
        }
        if has_gateways {
            s.push_str("#include <net/router.hpp>\n");
        }
        if has_vlans {
            s.push_str("#include <net/vlan_manager.hpp>\n");
        }
        if has_lbs {
            s.push_str("#include <microLB>\n");
        }
        for c in &o.conntracks {
            if c.stateful {
                s.push_str("#include <net/tcp/tcp_conntrack.hpp>\n");
            }
        }
        s.push_str("#include <syslogd>\n");
        if has_timers {
            s.push_str(TIMER_HELPERS);
        }
        s.push_str(FILTER_BASE);
        if has_gateways {
            s.push_str("std::unique_ptr<Router<IP4>> nacl_router_obj;\n");
        }
        if enable_ct {
            s.push_str("std::shared_ptr<Conntrack> nacl_ct_obj;\n");
        }
        if has_nats {
            s.push_str("std::unique_ptr<nat::NAPT> nacl_natty_obj;\n");
        }
        if has_lbs {
            s.push_str("static microLB::Balancer* nacl_lb_obj = nullptr;\n\n");
            if has_timers {
                s.push_str(LB_TIMER);
            }
        }
        if has_functions {
            s.push_str("\nnamespace custom_made_classes_from_nacl {\n\n");
            let class_head = "public:\n\tFilter_verdict<IP4> operator()(IP4::IP_packet_ptr pckt, Inet& stack, Conntrack::Entry_ptr ct_entry) {\n";
            for f in &o.filters {
                let _ = write!(
                    s,
                    "class {} : public nacl::Filter {{\n{class_head}\t\t{}\n\t}}\n}};\n\n",
                    esc(&title(&f.name)),
                    f.content
                );
            }
            for f in &o.nats {
                let _ = write!(
                    s,
                    "class {} : public nacl::Filter {{\n{class_head}\t\t{}\n\t\t// At the end of a Nat we want to accept the packet that hasn't been DNATed or SNATed\n\t\treturn {{std::move(pckt), Filter_verdict_type::ACCEPT}};\n\t}}\n}};\n\n",
                    esc(&title(&f.name)),
                    f.content
                );
            }
            s.push_str("} //< namespace custom_made_classes_from_nacl\n\n");
        }
        s.push_str(
            "void register_plugin_nacl() {\n\tINFO(\"NaCl\", \"Registering NaCl plugin\");\n\n",
        );
        self.render_ifaces(&mut s);
        for (address, port) in &o.syslogs {
            let _ = write!(
                s,
                "\n\t// Init syslog over UDP\n\tSyslog::set_facility(std::make_unique<Syslog_udp>());\n\t// Syslog (setting IP and port for the syslog messages)\n\tSyslog::settings( {}, {} );\n\tINFO(\"NaCl\", \"Setting up syslog. If sent over UDP, syslog messages are sent to IP %s and port %d\", Syslog::ip().to_string().c_str(), Syslog::port());\n",
                var(Some(address)),
                var(Some(port))
            );
        }
        s.push('\n');
        for f in &o.filters {
            let _ = writeln!(
                s,
                "\tcustom_made_classes_from_nacl::{} {};",
                esc(&title(&f.name)),
                esc(&f.name)
            );
        }
        for f in &o.nats {
            let _ = write!(
                s,
                "\n\tcustom_made_classes_from_nacl::{} {};\n",
                esc(&title(&f.name)),
                esc(&f.name)
            );
        }
        for p in &o.pushes_iface {
            s.push('\n');
            for f in &p.functions {
                let _ = writeln!(
                    s,
                    "\t{}.ip_obj().{}_chain().chain.push_back({});",
                    esc(&p.name),
                    esc(&p.chain),
                    esc(f)
                );
            }
        }
        if has_gateways {
            self.render_gateways(&mut s);
        }
        if enable_ct {
            s.push_str("\n\t// Ct\n\n\tnacl_ct_obj = std::make_shared<Conntrack>();\n");
            for c in &o.conntracks {
                if c.stateful {
                    s.push_str("\tnacl_ct_obj->tcp_in = tcp::tcp4_conntrack;\n");
                }
                s.push('\t');
                for v in items(c.limit.as_ref()) {
                    let _ = write!(s, "nacl_ct_obj->maximum_entries = {};", esc(&v));
                }
                s.push_str("\n\t");
                for v in items(c.reserve.as_ref()) {
                    let _ = write!(s, "nacl_ct_obj->reserve({});", esc(&v));
                }
                s.push('\n');
                for (kind, tcp, udp, icmp) in &c.timeouts {
                    for (proto, value) in [("tcp", tcp), ("udp", udp), ("icmp", icmp)] {
                        if truthy(value.as_ref()) {
                            let _ = writeln!(
                                s,
                                "\tnacl_ct_obj->timeout.{}.{proto} = Conntrack::Timeout_duration{{ {} }};",
                                esc(kind),
                                var(value.as_ref())
                            );
                        }
                    }
                }
            }
            for iface in &o.enable_ct_ifaces {
                let i = esc(iface);
                let _ = write!(
                    s,
                    "\n\tINFO(\"NaCl\", \"Enabling Conntrack on {i}\");\n\t{i}.enable_conntrack(nacl_ct_obj);\n"
                );
            }
        }
        if has_nats {
            s.push_str(
                "\n\t// NAT\n\n\tnacl_natty_obj = std::make_unique<nat::NAPT>(nacl_ct_obj);\n",
            );
            if has_masquerades {
                s.push_str(MASQ_FILTERS);
                for iface in &o.masquerades {
                    let i = esc(iface);
                    let _ = write!(
                        s,
                        "\n\tINFO(\"NaCl\", \"Enable MASQUERADE on {i}\");\n\t{i}.ip_obj().prerouting_chain().chain.push_back(demasq);\n\t{i}.ip_obj().postrouting_chain().chain.push_back(masq);\n"
                    );
                }
            }
            if has_auto_natting {
                s.push_str(NAT_FILTERS);
                for iface in &o.auto_natting_ifaces {
                    let i = esc(iface);
                    let _ = write!(
                        s,
                        "\t{i}.ip_obj().prerouting_chain().chain.push_back(dnat_translate);\n\t{i}.ip_obj().postrouting_chain().chain.push_back(snat_translate);\n"
                    );
                }
            }
        }
        if has_lbs {
            self.render_lbs(&mut s);
        }
        if has_timers {
            self.render_timers(&mut s, has_lbs);
        }
        s.push_str("}\n");
        s
    }

    fn render_ifaces(&self, s: &mut String) {
        for i in &self.out.ifaces {
            let n = esc(&i.name);
            let index = raw(i.index.as_ref());
            let vlan = raw(i.vlan.as_ref());
            if i.vlan.is_none() {
                let _ = writeln!(s, "\tauto& {n} = Interfaces::get({index});");
            } else {
                let _ = writeln!(s, "\t// vlan {n}");
                if i.mac_index {
                    let _ = write!(
                        s,
                        "\tint index_{n} = Interfaces::get_nic_index(MAC::Addr({index}));\n\tInterfaces::create(VLAN_manager::get(index_{n}).add(Interfaces::get_nic(index_{n}), {vlan}), index_{n}, {vlan});\n\tauto& {n} = Interfaces::get(index_{n}, {vlan});\n"
                    );
                } else {
                    let _ = write!(
                        s,
                        "\tInterfaces::create(VLAN_manager::get({index}).add(Interfaces::get_nic({index}), {vlan}), {index}, {vlan});\n\tauto& {n} = Interfaces::get({index}, {vlan});\n"
                    );
                }
            }
            let network_config = || {
                let mut c = format!(
                    "{n}.network_config({}, {}",
                    var(i.address.as_ref()),
                    var(i.netmask.as_ref())
                );
                let gateways = items(i.gateway.as_ref());
                if gateways.is_empty() {
                    c.push_str(", 0");
                }
                for g in gateways {
                    let _ = write!(c, ", {}", esc(&g));
                }
                for d in items(i.dns.as_ref()) {
                    let _ = write!(c, ", {}", esc(&d));
                }
                c.push_str(");");
                c
            };
            match i.config {
                Config::Static => {
                    for _ in items(i.address.as_ref()) {
                        let _ = writeln!(s, "\t{}", network_config());
                    }
                }
                Config::Dhcp => {
                    let _ = write!(
                        s,
                        "\t{n}.negotiate_dhcp(10.0, [&{n}] (bool timedout) {{\n\t\tif (timedout) {{\n\t\t\tINFO(\"NaCl plugin interface {n}\", \"DHCP request timed out. Nothing to do.\");\n\t\t\treturn;\n\t\t}}\n\t\tINFO(\"NaCl plugin interface {n}\", \"IP address updated: %s\", {n}.ip_addr().str().c_str());\n\t}});\n"
                    );
                }
                Config::DhcpFallback => {
                    let _ = write!(
                        s,
                        "\t{n}.negotiate_dhcp(10.0, [&{n}] (bool timedout) {{\n\t\tif (timedout) {{\n\t\t\tINFO(\"NaCl plugin interface {n}\", \"DHCP timeout (%s) - falling back to static configuration\", {n}.ifname().c_str());\n\t\t\t{}\n\t\t}}\n\t}});\n",
                        network_config()
                    );
                }
            }
            if truthy(i.send_queue_limit.as_ref()) {
                let _ = writeln!(
                    s,
                    "\t{n}.nic().set_sendq_limit({});",
                    raw(i.send_queue_limit.as_ref())
                );
            }
            if truthy(i.buffer_limit.as_ref()) {
                let _ = writeln!(
                    s,
                    "\t{n}.nic().set_buffer_limit({});",
                    raw(i.buffer_limit.as_ref())
                );
            }
        }
    }

    fn render_gateways(&self, s: &mut String) {
        let o = &self.out;
        for g in &o.gateways {
            s.push_str("\n\t// Router\n\n\tINFO(\"NaCl\", \"Setup routing\");\n\tRouter<IP4>::Routing_table routing_table {\n");
            for (r, comma) in &g.routes {
                let mut line = String::from("\t\t{ ");
                for v in items(r.get("net")).into_iter().chain(items(r.get("host"))) {
                    line.push_str(&esc(&v));
                }
                line.push_str(", ");
                for v in items(r.get("netmask")) {
                    let _ = write!(line, "{}, ", esc(&v));
                }
                let nexthop = items(r.get("nexthop"));
                if nexthop.is_empty() {
                    line.push('0');
                }
                for v in nexthop {
                    line.push_str(&esc(&v));
                }
                for v in items(r.get("iface")) {
                    let _ = write!(line, ", {}", esc(&v));
                }
                let cost = items(r.get("cost"));
                if cost.is_empty() {
                    line.push_str(", 1");
                }
                for v in cost {
                    let _ = write!(line, ", {}", esc(&v));
                }
                line.push_str(" }");
                if *comma {
                    line.push(',');
                }
                let _ = writeln!(s, "{line}");
            }
            s.push_str("\t};\n\tnacl_router_obj = std::make_unique<Router<IP4>>(routing_table);\n");
            if !g.send_time_exceeded.is_empty() {
                let _ = write!(
                    s,
                    "\t// Set send_time_exceeded:\n\tnacl_router_obj->send_time_exceeded = {};\n",
                    esc(&g.send_time_exceeded)
                );
            }
            for p in o.pushes_gateway.iter().flatten() {
                for f in &p.functions {
                    let _ = writeln!(
                        s,
                        "\t{}->{}_chain.chain.push_back({});",
                        esc(&p.name),
                        esc(&p.chain),
                        esc(f)
                    );
                }
            }
            s.push_str("\t// Set ip forwarding on every iface mentioned in routing_table\n");
            for iface in &o.ip_forward_ifaces {
                let _ = writeln!(
                    s,
                    "\t{}.set_forward_delg(nacl_router_obj->forward_delg());",
                    esc(iface)
                );
            }
        }
    }

    fn render_lbs(&self, s: &mut String) {
        s.push_str("\n\t// Load balancers\n");
        for lb in &self.out.load_balancers {
            let ci = esc(&lb.clients_iface);
            let si = esc(&lb.servers_iface);
            let port = var(Some(&lb.port));
            let _ = write!(
                s,
                "\n\tnacl_lb_obj = new microLB::Balancer({ci}, {port}, {si});\n"
            );
            for (index, address, node_port) in &lb.pool {
                let _ = write!(
                    s,
                    "\n\tSocket socket_{index}{{ {}, {} }};\n\tnacl_lb_obj->nodes.add_node({si}, socket_{index}, nacl_lb_obj->get_pool_signal());\n",
                    var(address.as_ref()),
                    var(node_port.as_ref())
                );
            }
            let _ = write!(
                s,
                "\n\t/*\n\tName: {}\n\tLayer: {}\n\n\tClients iface: {ci}\n\tClients port: {port}\n\tClients wait queue limit: {}\n\tClients session limit: {}\n\n\tServers iface: {si}\n\tServers algorithm: {}\n\tServers pool:\n",
                esc(&lb.name),
                esc(&lb.layer),
                var(Some(&lb.wait_queue_limit)),
                var(Some(&lb.session_limit)),
                esc(&lb.algorithm)
            );
            for (_, address, node_port) in &lb.pool {
                let _ = write!(
                    s,
                    "\n\tNode address: {}\n\tNode port: {}\n",
                    var(address.as_ref()),
                    var(node_port.as_ref())
                );
            }
        }
        s.push_str("\t*/\n");
    }

    fn render_timers(&self, s: &mut String, has_lbs: bool) {
        s.push_str("\n\tStackSampler::begin();\n\tauto& uplink = uplink::get();\n");
        for t in &self.out.timers {
            let has = |k: &str| t.data.iter().any(|d| d == k);
            let _ = writeln!(
                s,
                "\n\tTimers::periodic(1s, {}s, [{}](auto) {{",
                esc(&t.interval),
                if has("stats") { "&uplink" } else { "" }
            );
            if has("timestamp") {
                s.push_str("\t\tINFO(\"NaCl Timer Timestamp\", \"%s\", now().c_str());\n");
            }
            if has("stats") {
                s.push_str("\t\tINFO(\"NaCl Timer Stats\", \"Sending statistics over uplink\");\n\t\tuplink.send_stats();\n");
            }
            if has("memory") {
                s.push_str("\t\tprint_mem_usage();\n");
            }
            if has("cpu") {
                s.push_str("\t\tprint_cpu_usage();\n");
            }
            if has("lb") && has_lbs {
                s.push_str("\t\tprint_lb_stats();\n");
            }
            if has("stack-sampling") {
                s.push_str(
                    "\t\tINFO(\"NaCl Timer Stack Sampling\", \"\");\n\t\tStackSampler::print(5);\n",
                );
            }
            if has("timers") {
                s.push_str("\t\tprint_timers_data();\n");
            }
            s.push_str("\t});\n");
        }
    }
}
