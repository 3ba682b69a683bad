# Multi-stage build: compile in the Rust image, run from a slim Debian.
#   docker build -t mothership .
#   docker run --name mothership -p 8080:8080 -p 9090:9090 \
#     -v $PWD/config_files:/mothership/config_files \
#     -v mothership_storage:/mothership/runtime_files \
#     -v /var/run/docker.sock:/var/run/docker.sock \
#     mothership serve
FROM rust:1-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
COPY examples ./examples
COPY tests ./tests
RUN cargo build --release --locked --bin mothership

FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/mothership /usr/local/bin/mothership
WORKDIR /mothership
VOLUME ["/mothership/config_files", "/mothership/runtime_files"]
EXPOSE 8080 9090
ENTRYPOINT ["mothership"]
CMD ["serve"]
