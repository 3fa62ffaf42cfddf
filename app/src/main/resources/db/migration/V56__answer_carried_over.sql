-- A new round starts from each cluster's last fixed answers (issue 18): an answer copied so is marked with the name
-- of the round it came from until someone changes it.
ALTER TABLE assessment_answer ADD COLUMN carried_from varchar(200);
ALTER TABLE assessment_answer_aud ADD COLUMN carried_from varchar(200);
