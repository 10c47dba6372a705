package dk.trekant.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.trekant.support.TrekantTest;

/** Every BPMN, DMN and form file in processes/ is deployed when Trekant starts. */
@TrekantTest
class ModelsDeployTest {

    @Autowired
    RepositoryService repositoryService;

    @Test
    void everyModelInProcessesIsDeployed() throws Exception {
        Set<String> deployed = repositoryService.createDeploymentQuery().list().stream()
                .flatMap(deployment -> repositoryService.getDeploymentResources(deployment.getId()).stream())
                .map(Resource::getName)
                .map(name -> name.substring(name.lastIndexOf('/') + 1))
                .collect(Collectors.toSet());
        for (String extension : List.of(".bpmn", ".dmn", ".form")) {
            for (Path model : ModelChecks.models(extension)) {
                assertThat(deployed).as("deployed resources").contains(model.getFileName().toString());
            }
        }
        assertThat(repositoryService.createProcessDefinitionQuery().count())
                .isEqualTo(ModelChecks.models(".bpmn").size());
    }
}
