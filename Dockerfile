# Multi-stage build: compile in the Rust image, run from a slim Debian.
#   docker build -t mothership .
#   docker run -d --name mothership --stop-timeout 30 -p 8080:8080 -p 9090:9090 \
#     -v $PWD/config_files:/home/ubuntu/mothership/config_files \
#     -v mothership_storage:/home/ubuntu/mothership/runtime_files \
#     -v /var/run/docker.sock:/var/run/docker.sock \
#     mothership serve
# The server runs in /home/ubuntu/mothership, the directory the original Mothership documents:
# config_files/ (config.yaml, .htpasswd, cert.pem, key.pem) and runtime_files/ (all state) are
# resolved against it. /mothership is a symlink to it, for the paths older notes used.
# No VOLUME is declared: an undeclared mount would land in an anonymous volume that `docker rm -v`
# or a new container silently loses, so mount both directories yourself; the server warns at
# start-up when one of them is not a mount. (README.md, section Docker, says more.) Without Docker
# Hub access, scripts/dockerfile-standins.sh makes local stand-ins for the two base images;
# scripts/docker-seed-check.sh builds the image and runs the documented commands against it.
#
# Stages: `runtime` (the slim image the server runs in, without the binary), `build` (compiles),
# and the last, unnamed one: the runtime with the compiled binary, what `docker build .` makes.
# The runtime stage comes first so that `docker build --target runtime` stops there even on a
# legacy (non-BuildKit) builder: the tests put a binary built outside on top of it (see
# docker-seed-check.sh --prebuilt) instead of compiling for 15 minutes.
FROM debian:bookworm-slim AS runtime
# CA certificates: the Docker Hub builder provider talks HTTPS and trusts the system's roots.
# libssl3: the uplink listener's TLS (OpenSSL, for the cipher suite real instances offer).
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates libssl3 \
    && rm -rf /var/lib/apt/lists/*
# The server resolves config_files/ and runtime_files/ against its working directory.
WORKDIR /home/ubuntu/mothership
RUN ln -s /home/ubuntu/mothership /mothership && mkdir runtime_files
# The example configuration (every key commented out): a new named volume starts with it; a
# bind-mounted config_files/ hides it and is used as it is.
COPY config_files/config.yaml config_files/config.yaml
EXPOSE 8080 9090
# PID 1: the server handles SIGTERM (docker stop) itself and exits 0 after a graceful shutdown.
ENTRYPOINT ["mothership"]
CMD ["serve"]

FROM rust:1-bookworm AS build
WORKDIR /src

# Dependencies first, in a layer of their own: a change in src/ then rebuilds only Mothership.
# The stub crate has the real manifest and lock file; its own build products are removed so that
# the real sources below are compiled (cargo compares mtimes, which COPY does not make newer).
COPY Cargo.toml Cargo.lock ./
RUN mkdir src \
    && echo 'fn main() {}' > src/main.rs \
    && touch src/lib.rs \
    && cargo build --release --locked --bin mothership \
    && rm -rf src target/release/mothership target/release/deps/mothership-* \
        target/release/deps/libmothership-* target/release/.fingerprint/mothership-*

COPY src ./src
RUN cargo build --release --locked --bin mothership

FROM runtime
COPY --from=build /src/target/release/mothership /usr/local/bin/mothership
