package jp.member.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.member.members.entity.Member;
import jp.member.members.entity.RetiredNumber;
import jp.member.platform.MigratedSchema.SqlColumn;
import jp.member.points.entity.RankChange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * JPA never creates the schema (the Flyway migrations do), so every text column's length is written twice: in the
 * migration and in {@code @Column(length = …)}. Where they differ, the Java side promises values the database refuses
 * (or the other way round) and nothing notices until a long value arrives. These tests replay the migrations and hold
 * every entity's text and binary columns against them.
 */
class ColumnLengthsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path CLASSES = Path.of("target/classes");
    /** What {@code @Column} means when it names no length, or when there is no {@code @Column} at all. */
    private static final int DEFAULT_LENGTH = 255;

    /** An entity field mapped to a column, with the length the Java side gives it (null: not text). */
    record Mapped(String where, String table, String column, Integer length) {}

    @Test
    @DisplayName("every entity field on a CHAR, VARCHAR, BINARY or VARBINARY column has the column's length")
    void entitiesMatchMigrations() {
        MigratedSchema schema = MigratedSchema.of(MIGRATIONS);
        List<Class<?>> entities = entities();

        List<String> mismatches = mismatches(entities, schema);

        assertThat(entities)
                .as("entities found under " + CLASSES)
                .contains(Member.class)
                .hasSizeGreaterThan(20);
        assertThat(mismatches).as("entity columns against the migrations").isEmpty();
    }

    @Test
    @DisplayName("a length the migrations do not give is reported, with the migration that declared the column")
    void mismatchReported() {
        MigratedSchema schema = MigratedSchema.replay(Map.of("V1__retired.sql", """
                CREATE TABLE retired_number (
                    member_number CHAR(11)    NOT NULL,
                    member_id     BIGINT      NOT NULL,
                    reason        VARCHAR(16) NOT NULL,
                    retired_at    DATETIME(6) NOT NULL,
                    PRIMARY KEY (member_number)
                );
                """));

        List<String> mismatches = mismatches(List.of(RetiredNumber.class), schema);

        assertThat(mismatches)
                .containsExactly("RetiredNumber.memberNumber: length 12, but retired_number.member_number is"
                        + " CHAR(11) (V1__retired.sql)");
    }

    @Test
    @DisplayName("a value type stored as text through its converter (a member number, a rank) is held to the length")
    void convertedTextChecked() {
        MigratedSchema schema = MigratedSchema.replay(Map.of("V1__change.sql", """
                CREATE TABLE rank_change (
                    id                   BIGINT      NOT NULL,
                    member_id            BIGINT      NOT NULL,
                    from_rank            VARCHAR(8)  NOT NULL,
                    to_rank              VARCHAR(16) NOT NULL,
                    qualifying_spend_yen BIGINT      NOT NULL,
                    changed_at           DATETIME(6) NOT NULL,
                    PRIMARY KEY (id)
                );
                """));

        List<String> mismatches = mismatches(List.of(RankChange.class), schema);

        assertThat(mismatches)
                .containsExactly(
                        "RankChange.fromRank: length 16, but rank_change.from_rank is VARCHAR(8) (V1__change.sql)");
    }

    @Test
    @DisplayName("the migrations are replayed in order: ALTER TABLE adds, changes, renames and drops columns")
    void alterTableReplayed() {
        Map<String, String> scripts = new LinkedHashMap<>();
        scripts.put("V1__a.sql", """
                -- a comment; with a semicolon
                CREATE TABLE a (id BIGINT NOT NULL, name VARCHAR(10) NOT NULL DEFAULT 'x,y;z', amount DECIMAL(5, 2),
                    PRIMARY KEY (id), INDEX ix_a (name)) ENGINE = InnoDB;
                CREATE TABLE gone (id BIGINT);
                INSERT INTO a (id, name) VALUES (1, 'a(b');
                """);
        scripts.put("V2__b.sql", """
                ALTER TABLE a ADD COLUMN code CHAR(4) NULL, ADD note VARBINARY(80), ADD INDEX ix_code (code),
                    MODIFY COLUMN name VARCHAR(20) NOT NULL;
                ALTER TABLE a CHANGE note remark VARCHAR(30), DROP COLUMN amount, DROP INDEX ix_a,
                    RENAME COLUMN code TO kind;
                ALTER TABLE a RENAME TO b;
                DROP TABLE gone;
                """);

        MigratedSchema schema = MigratedSchema.replay(scripts);

        assertThat(schema.column("b", "name")).hasValue(new SqlColumn("VARCHAR", 20, "V2__b.sql"));
        assertThat(schema.column("b", "kind")).hasValue(new SqlColumn("CHAR", 4, "V2__b.sql"));
        assertThat(schema.column("b", "remark")).hasValue(new SqlColumn("VARCHAR", 30, "V2__b.sql"));
        assertThat(schema.column("b", "id")).hasValue(new SqlColumn("BIGINT", null, "V1__a.sql"));
        assertThat(schema.column("b", "amount")).isEmpty();
        assertThat(schema.column("b", "note")).isEmpty();
        assertThat(schema.hasTable("a")).isFalse();
        assertThat(schema.hasTable("gone")).isFalse();
    }

    /** Every field whose column is text or binary in the migrations, where the lengths differ; and unknown columns. */
    private static List<String> mismatches(List<Class<?>> entities, MigratedSchema schema) {
        List<String> mismatches = new ArrayList<>();
        for (Class<?> entity : entities) {
            for (Mapped mapped : mapped(entity)) {
                SqlColumn sql = schema.column(mapped.table(), mapped.column()).orElse(null);
                if (sql == null) {
                    mismatches.add(mapped.where() + ": no column " + mapped.table() + "." + mapped.column()
                            + " in the migrations");
                } else if (sql.hasLength() && !sql.length().equals(mapped.length())) {
                    mismatches.add(mapped.where() + ": "
                            + (mapped.length() == null ? "not text" : "length " + mapped.length()) + ", but "
                            + mapped.table() + "." + mapped.column() + " is " + sql);
                }
            }
        }
        return mismatches;
    }

    /** The persistent fields of an entity, its embedded objects and its element collections, with their columns. */
    private static List<Mapped> mapped(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        String name = table != null && !table.name().isEmpty() ? table.name() : entity.getSimpleName();
        List<Mapped> columns = new ArrayList<>();
        collect(entity, name, entity.getSimpleName(), columns);
        return columns;
    }

    private static void collect(Class<?> type, String table, String owner, List<Mapped> into) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())
                        || Modifier.isTransient(field.getModifiers())
                        || field.isSynthetic()
                        || field.isAnnotationPresent(Transient.class)) {
                    continue;
                }
                String where = owner + "." + field.getName();
                if (field.isAnnotationPresent(Embedded.class)
                        || field.getType().isAnnotationPresent(Embeddable.class)) {
                    collect(field.getType(), table, where, into);
                } else if (field.isAnnotationPresent(ElementCollection.class)) {
                    collection(field, where, into);
                } else {
                    into.add(basic(field, table, where, field.getType(), field.getAnnotation(Enumerated.class)));
                }
            }
        }
    }

    /** An element collection: its element column and, for a map, its key column, in the collection table. */
    private static void collection(Field field, String where, List<Mapped> into) {
        CollectionTable collectionTable = field.getAnnotation(CollectionTable.class);
        assertThat(collectionTable).as(where + " names its collection table").isNotNull();
        String table = collectionTable.name();
        Type[] arguments = ((ParameterizedType) field.getGenericType()).getActualTypeArguments();
        if (Map.class.isAssignableFrom(field.getType())) {
            MapKeyColumn key = field.getAnnotation(MapKeyColumn.class);
            assertThat(key).as(where + " names its key column").isNotNull();
            MapKeyEnumerated keyEnumerated = field.getAnnotation(MapKeyEnumerated.class);
            boolean keyText =
                    arguments[0] == String.class || (keyEnumerated != null && keyEnumerated.value() == EnumType.STRING);
            into.add(new Mapped(where + " (key)", table, key.name(), keyText ? key.length() : null));
        }
        Class<?> element = (Class<?>) arguments[arguments.length - 1];
        into.add(basic(field, table, where, element, field.getAnnotation(Enumerated.class)));
    }

    private static Mapped basic(Field field, String table, String where, Class<?> type, Enumerated enumerated) {
        Column column = field.getAnnotation(Column.class);
        String name = column != null && !column.name().isEmpty() ? column.name() : field.getName();
        int length = column != null ? column.length() : DEFAULT_LENGTH;
        Convert convert = field.getAnnotation(Convert.class);
        Class<?> stored = convert == null ? type : storedType(convert.converter());
        boolean text = stored == String.class
                || type == byte[].class
                || (type.isEnum() && enumerated != null && enumerated.value() == EnumType.STRING);
        return new Mapped(where, table, name, text ? length : null);
    }

    /**
     * What a converter writes to the column (a value type such as a member number is stored as a String): the second
     * type argument of {@code AttributeConverter}, given directly or to the converter's generic superclass.
     */
    private static Class<?> storedType(Class<?> converter) {
        List<Type> declared = new ArrayList<>(List.of(converter.getGenericInterfaces()));
        declared.add(converter.getGenericSuperclass());
        for (Type type : declared) {
            if (type instanceof ParameterizedType parameterized
                    && AttributeConverter.class.isAssignableFrom((Class<?>) parameterized.getRawType())) {
                return (Class<?>) parameterized.getActualTypeArguments()[1];
            }
        }
        throw new IllegalStateException(converter.getName() + " names no column type");
    }

    /** Every class annotated {@code @Entity} in the compiled main classes. */
    private static List<Class<?>> entities() {
        List<Class<?>> entities = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class"))
                    .filter(f -> !f.getFileName().toString().contains("-info"))
                    .toList()) {
                String name = CLASSES.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(
                        name.substring(0, name.length() - ".class".length()),
                        false,
                        ColumnLengthsTest.class.getClassLoader());
                if (type.isAnnotationPresent(Entity.class)) {
                    entities.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return entities;
    }
}
