package io.masthead.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.error.InvalidContent.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/** The errors of the lines that failed; every method runs in the caller's transaction. */
@ApplicationScoped
class ImportErrors {
    private static final TypeReference<List<ImportFieldError>> ERRORS = new TypeReference<>() { };

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    ImportErrors(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    void record(UUID jobId, int lineNo, List<FieldError> errors) {
        List<ImportFieldError> stored = errors.stream()
                .map(error -> new ImportFieldError(error.pointer(), error.detail()))
                .toList();
        entityManager.createNativeQuery(
                        "insert into import_error (job_id, line_no, errors) values (:job, :line, :errors)")
                .setParameter("job", jobId)
                .setParameter("line", lineNo)
                .setParameter("errors", write(stored))
                .executeUpdate();
    }

    /** Errors of lines after {@code afterLine}, in line order. */
    List<ImportLineError> page(UUID jobId, int afterLine, int limit) {
        List<?> rows = entityManager.createNativeQuery("select line_no, errors from import_error"
                        + " where job_id = :job and line_no > :after order by line_no")
                .setParameter("job", jobId)
                .setParameter("after", afterLine)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new ImportLineError(((Number) row[0]).intValue(), read((String) row[1])))
                .toList();
    }

    private String write(List<ImportFieldError> errors) {
        try {
            return mapper.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ImportFieldError> read(String errors) {
        try {
            return mapper.readValue(errors, ERRORS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
