//! Prints the size of the web interface compiled into the binary, as stored and as sent to a
//! browser that takes gzip (the goal: under 300 KiB compressed; a unit test in `server::web`
//! holds that line). `cargo run --release --example web_size`
fn main() {
    let (plain, gzipped) = mothership::server::web::total_size();
    println!(
        "web interface: {} files, {plain} bytes ({:.1} KiB), {gzipped} bytes gzipped ({:.1} KiB)",
        mothership::server::web::FILES.len(),
        plain as f64 / 1024.0,
        gzipped as f64 / 1024.0
    );
}
