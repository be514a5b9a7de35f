package jp.member.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The load balancer's check: ready only while the database answers (the 200 on a live server: WebSecurityIT). */
class ReadinessServletTest {

    @Test
    @DisplayName("a database that answers: 200 ready")
    void ready() throws Exception {
        Answer answer = check(database(true));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("ready\n");
        assertThat(answer.headers()).containsEntry("Cache-Control", "no-store");
    }

    @Test
    @DisplayName("a connection that fails its validity check, or none at all: 503 not ready, and no reason given")
    void notReady() throws Exception {
        DataSource unreachable = proxy(DataSource.class, (name, args) -> {
            throw new SQLException("Communications link failure to 10.0.0.5:3306", "08S01");
        });

        for (DataSource database : new DataSource[] {database(false), unreachable}) {
            Answer answer = check(database);

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.body()).isEqualTo("not ready\n");
        }
    }

    private record Answer(int status, String body, Map<String, String> headers) {}

    private static Answer check(DataSource database) throws Exception {
        ReadinessServlet servlet = new ReadinessServlet();
        servlet.dataSource = database;
        int[] status = {0};
        StringWriter body = new StringWriter();
        PrintWriter writer = new PrintWriter(body);
        Map<String, String> headers = new HashMap<>();
        HttpServletResponse response = proxy(HttpServletResponse.class, (name, args) -> {
            switch (name) {
                case "setStatus" -> status[0] = (Integer) args[0];
                case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                case "getWriter" -> {
                    return writer;
                }
                default -> {
                    // content type and encoding: not what this test is about
                }
            }
            return null;
        });

        servlet.doGet(null, response);

        writer.flush();
        return new Answer(status[0], body.toString(), headers);
    }

    /** A database whose connections pass or fail their validity check. */
    private static DataSource database(boolean valid) {
        Connection connection = proxy(Connection.class, (name, args) -> switch (name) {
            case "isValid" -> valid;
            default -> null;
        });
        return proxy(DataSource.class, (name, args) -> connection);
    }

    private interface Call {
        Object answer(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Call call) {
        return type.cast(Proxy.newProxyInstance(
                ReadinessServletTest.class.getClassLoader(),
                new Class<?>[] {type},
                (p, m, a) -> call.answer(m.getName(), a)));
    }
}
