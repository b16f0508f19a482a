import IncidentsCore
public enum IncidentsCLIPlaceholder {}
