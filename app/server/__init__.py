"""The practice server: PostgreSQL shared by the practice's computers, holding no readable case
data. Everything that describes someone is sealed on the client (`fields`) before it is sent;
the server's schema (`schema`) keeps ids, dates, states, user ids and sealed bytes."""
