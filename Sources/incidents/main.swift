import IncidentsCLI

IncidentsCommand.main()
