package io.frontline.store;

import io.frontline.actors.Actor;
import io.frontline.actors.ActorKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The {@code actors} attributes table: one row per actor id; aliases and names as JSON text. */
final class ActorTable {
  private static final String UPSERT =
      "INSERT INTO actors (id, name, kind, colour, aliases, names) "
          + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
          + "colour = excluded.colour, aliases = excluded.aliases, names = excluded.names";

  private final StoreConnection db;

  ActorTable(StoreConnection db) {
    this.db = db;
  }

  void put(Collection<Actor> actors) throws SQLException {
    try (PreparedStatement upsert = db.prepare(UPSERT)) {
      for (Actor actor : actors) {
        upsert.setString(1, actor.id());
        upsert.setString(2, actor.name());
        upsert.setString(3, actor.kind().code());
        upsert.setString(4, actor.colour());
        upsert.setString(5, StoreJson.list(actor.aliases()));
        upsert.setString(6, StoreJson.map(actor.names()));
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  /** All actors, by id. */
  List<Actor> all() throws SQLException {
    List<Actor> actors = new ArrayList<>();
    try (PreparedStatement select =
            db.prepare("SELECT id, name, kind, colour, aliases, names FROM actors ORDER BY id");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        actors.add(read(rows));
      }
    }
    return actors;
  }

  private Actor read(ResultSet rows) throws SQLException {
    try {
      return new Actor(
          rows.getString(1),
          rows.getString(2),
          ActorKind.parse(rows.getString(3)),
          rows.getString(4),
          StoreJson.readList(rows.getString(5)),
          StoreJson.readMap(rows.getString(6)));
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "store " + db.file() + " has a malformed actor '" + rows.getString(1) + "': "
              + e.getMessage(),
          e);
    }
  }
}
