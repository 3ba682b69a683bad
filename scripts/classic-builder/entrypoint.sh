#!/bin/sh
# Stand-in for the entrypoint of the published IncludeOS builder images: it points CC/CXX at the
# bundled clang and runs the container's command as given.
export CC=clang-5.0
export CXX=clang++-5.0
exec "$@"
