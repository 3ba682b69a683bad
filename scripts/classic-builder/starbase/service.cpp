// Stand-in for Starbase's service.cpp: the uplink plugin does the work.
#include <os>
void Service::start() {}
